// The review queue: select all, and j / k to move between rows, x to tick a row, Enter or o to open it.
(function () {
    "use strict";
    var table = document.getElementById("queue-table");
    if (!table) return;
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr.queue-row"));
    var current = -1;

    var selectAll = document.getElementById("select-all");
    if (selectAll) {
        selectAll.addEventListener("change", function () {
            table.querySelectorAll("input.row-select").forEach(function (box) { box.checked = selectAll.checked; });
        });
    }

    function highlight(index) {
        if (rows.length === 0) return;
        if (current >= 0) rows[current].classList.remove("table-active");
        current = Math.max(0, Math.min(rows.length - 1, index));
        rows[current].classList.add("table-active");
        rows[current].scrollIntoView({ block: "nearest" });
    }

    document.addEventListener("keydown", function (event) {
        if (event.altKey || event.ctrlKey || event.metaKey) return;
        var t = event.target;
        if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
        switch (event.key) {
            case "j":
            case "ArrowDown":
                highlight(current + 1);
                break;
            case "k":
            case "ArrowUp":
                highlight(current - 1);
                break;
            case "x":
                if (current < 0) return;
                var box = rows[current].querySelector("input.row-select");
                if (box) box.checked = !box.checked;
                break;
            case "Enter":
            case "o":
                if (current < 0) return;
                window.location.assign(rows[current].dataset.href);
                break;
            default:
                return;
        }
        event.preventDefault();
    });
})();
