/*
 * The language switch keeps what was typed. Its link is the same page in the other language (the address's
 * parameters kept). Once a form on the page has been filled in, or the page came back from a form with its
 * answer, the switch posts that form with lang set instead: the server takes the values without running the
 * form's action and shows the page again, in the other language, with every field as it was.
 */
(function () {
    'use strict';
    var edited = null;

    function remember(event) {
        if (event.target && event.target.form) {
            edited = event.target.form;
        }
    }

    function filledPostForm() {
        var forms = document.querySelectorAll('main form[method="post"]');
        for (var i = 0; i < forms.length; i++) {
            var fields = forms[i].querySelectorAll('textarea, input[type="text"], input[type="email"], input:not([type])');
            for (var j = 0; j < fields.length; j++) {
                if (fields[j].value) {
                    return forms[i];
                }
            }
        }
        return null;
    }

    document.addEventListener('input', remember, true);
    document.addEventListener('change', remember, true);
    document.addEventListener('click', function (event) {
        var link = event.target.closest ? event.target.closest('a.language-switch') : null;
        if (!link) {
            return;
        }
        var form = edited || (document.body.classList.contains('postback') ? filledPostForm() : null);
        if (!form || String(form.method).toLowerCase() !== 'post') {
            return;
        }
        event.preventDefault();
        var lang = document.createElement('input');
        lang.type = 'hidden';
        lang.name = 'lang';
        lang.value = link.getAttribute('data-lang');
        form.appendChild(lang);
        // A chosen file would travel for nothing: the form's action does not run.
        form.querySelectorAll('input[type="file"]').forEach(function (file) {
            file.disabled = true;
        });
        form.submit();
    });
}());
