/*
 * Retention Desk admin page: a chosen value file (CSV or JSON) is read into the import box, so it is previewed and
 * imported exactly like pasted text; the server reads the same form field either way. No library needed.
 */
(function () {
    'use strict';

    function wire() {
        var file = document.getElementById('rd-values-file');
        var text = document.getElementById('rd-values-text');
        var note = document.getElementById('rd-values-file-note');
        if (!file || !text || !note) {
            return;
        }
        file.addEventListener('change', function () {
            var chosen = file.files && file.files[0];
            if (!chosen) {
                return;
            }
            if (chosen.size > Number(file.getAttribute('data-max-bytes'))) {
                note.textContent = file.getAttribute('data-too-large');
                file.value = '';
                return;
            }
            var reader = new FileReader();
            reader.onload = function () {
                text.value = String(reader.result);
                note.textContent = file.getAttribute('data-loaded').replace('{0}', chosen.name);
            };
            reader.onerror = function () {
                note.textContent = file.getAttribute('data-unreadable');
            };
            reader.readAsText(chosen, 'UTF-8');
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', wire);
    } else {
        wire();
    }
}());
