// Small helpers that make two pages easier; every page works the same without them.
// Loaded as a file (never inline) so the Content-Security-Policy needs no 'unsafe-inline'.
(function () {
  'use strict';

  function announce(region, text) {
    region.textContent = '';
    window.setTimeout(function () {
      region.textContent = text;
    }, 50);
  }

  // A "Kopiëren" button beside every read-only link or text people must paste elsewhere.
  document.querySelectorAll('.copy-field').forEach(function (field) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button-secondary copy-button';
    button.textContent = 'Kopiëren';
    var status = document.createElement('span');
    status.className = 'copy-status';
    status.setAttribute('role', 'status');
    field.insertAdjacentElement('afterend', button);
    button.insertAdjacentElement('afterend', status);
    button.addEventListener('click', function () {
      field.select();
      var copied = navigator.clipboard ? navigator.clipboard.writeText(field.value) : Promise.reject(new Error('geen klembord'));
      copied
        .catch(function () {
          return document.execCommand('copy') ? undefined : Promise.reject(new Error('niet gekopieerd'));
        })
        .then(
          function () {
            announce(
              status,
              field.tagName === 'TEXTAREA'
                ? 'Gekopieerd. Plak de tekst waar u ze nodig hebt.'
                : 'Gekopieerd. Plak het adres waar u het nodig hebt.',
            );
          },
          function () {
            announce(status, 'Kopiëren lukte niet. Alles is geselecteerd: druk Ctrl+C (of Cmd+C).');
          },
        );
    });
  });

  // A search box above a long list: typing keeps only the options that contain the words.
  document.querySelectorAll('select[data-search]').forEach(function (select) {
    var id = select.id + '-zoek';
    var label = document.createElement('label');
    label.setAttribute('for', id);
    label.textContent = 'Zoek in de lijst (naam of gemeente)';
    var input = document.createElement('input');
    input.type = 'search';
    input.id = id;
    input.className = 'search-field';
    input.autocomplete = 'off';
    var count = document.createElement('p');
    count.className = 'help';
    count.setAttribute('role', 'status');
    select.insertAdjacentElement('beforebegin', label);
    select.insertAdjacentElement('beforebegin', input);
    select.insertAdjacentElement('beforebegin', count);
    var options = Array.prototype.slice.call(select.querySelectorAll('option')).filter(function (option) {
      return option.value !== '';
    });
    input.addEventListener('input', function () {
      var words = input.value.toLocaleLowerCase('nl-BE').split(/\s+/).filter(Boolean);
      var shown = 0;
      options.forEach(function (option) {
        var text = option.textContent.toLocaleLowerCase('nl-BE');
        var match = words.every(function (word) {
          return text.indexOf(word) !== -1;
        });
        option.hidden = !match;
        option.disabled = !match && !option.selected;
        if (match) shown++;
      });
      count.textContent = words.length ? shown + (shown === 1 ? ' zorgcentrum gevonden' : ' zorgcentra gevonden') : '';
    });
  });
})();
