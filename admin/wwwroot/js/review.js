// Keyboard flow on the entry page: j / → next, k / ← previous, c confirm, r write the return comment, u back to the queue.
(function () {
    "use strict";
    var keys = document.getElementById("review-keys");
    if (!keys) return;

    function typing(target) {
        return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    }

    function go(url) {
        if (url) window.location.assign(url);
    }

    document.addEventListener("keydown", function (event) {
        if (event.altKey || event.ctrlKey || event.metaKey) return;
        if (typing(event.target)) {
            // Escape leaves the comment box so the other keys work again.
            if (event.key === "Escape") event.target.blur();
            return;
        }
        switch (event.key) {
            case "j":
            case "ArrowRight":
                go(keys.dataset.next);
                break;
            case "k":
            case "ArrowLeft":
                go(keys.dataset.prev);
                break;
            case "u":
                go(keys.dataset.queue);
                break;
            case "c":
                var confirmForm = document.getElementById("confirm-form");
                if (confirmForm) confirmForm.requestSubmit();
                break;
            case "r":
                var comment = document.getElementById("Comment");
                if (comment) comment.focus();
                break;
            default:
                return;
        }
        event.preventDefault();
    });

    // Ctrl+Enter in the comment box sends the return.
    var commentBox = document.getElementById("Comment");
    if (commentBox) {
        commentBox.addEventListener("keydown", function (event) {
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                document.getElementById("return-form").requestSubmit();
            }
        });
    }
})();
