// What a person knows, kept in this browser only when they ask for it: localStorage, no cookie, nothing sent to the
// site. While it is kept, /fit and the switch pages open with it (by going to the same address with the items in its
// query, which is what the pages answer from), and other pages mark the links to skills, tools and languages the
// person knows. On /fit, a type-ahead box ticks items by name or by the short forms the role search understands.
// Every page works without this script: the controls it needs are sent hidden and shown from here.
(function () {
  'use strict';

  var KEY = 'toolkit-atlas.known';
  var KINDS = ['skill', 'tool', 'language'];
  var SLUG = /^[a-z0-9][a-z0-9-]*$/;

  // ---- what is kept

  // localStorage can be switched off, or throw when the browser refuses it: then nothing is kept, and nothing breaks.
  function store() {
    try {
      return window.localStorage;
    } catch (refused) {
      return null;
    }
  }

  // The items kept, in the order of the fit form (which is the order of the site's addresses), or [].
  function recall() {
    var kept = store();
    if (!kept) {
      return [];
    }
    try {
      var saved = JSON.parse(kept.getItem(KEY));
      if (!saved || !Array.isArray(saved.items)) {
        return [];
      }
      return saved.items.filter(function (item) {
        return item && KINDS.indexOf(item.kind) >= 0 && typeof item.slug === 'string' && SLUG.test(item.slug);
      });
    } catch (unreadable) {
      return [];
    }
  }

  function keep(items) {
    var kept = store();
    if (!kept) {
      return false;
    }
    try {
      kept.setItem(KEY, JSON.stringify({ items: items }));
      return true;
    } catch (full) {
      return false;
    }
  }

  function forget() {
    var kept = store();
    if (kept) {
      kept.removeItem(KEY);
    }
  }

  function query(items) {
    return items.map(function (item) { return item.kind + '=' + encodeURIComponent(item.slug); }).join('&');
  }

  function has(items, kind, slug) {
    return items.some(function (item) { return item.kind === kind && item.slug === slug; });
  }

  // ---- opening /fit and the switch pages with what is kept

  // Only an address without a query is sent on, and always to one with a query: it can never go round in a loop.
  function openWith(items) {
    if (!items.length || window.location.search !== '') {
      return false;
    }
    var path = window.location.pathname;
    if (path === '/fit') {
      // Items the catalogue no longer has are dropped rather than sent to a page that would refuse them.
      var offered = items.filter(function (item) {
        return document.querySelector('#know input[type=checkbox][name="' + item.kind + '"][value="' + item.slug + '"]');
      });
      if (!offered.length) {
        return false;
      }
      window.location.replace('/fit?' + query(offered));
      return true;
    }
    if (path.indexOf('/switch/') === 0 && document.getElementById('to-learn')) {
      window.location.replace(path + '?' + query(items));
      return true;
    }
    return false;
  }

  // ---- marking what the person knows on other pages

  // The item a link leads to: /skills/{slug}, /tools/{slug}, or /roles?language={slug} (a language's page).
  function itemOf(href) {
    var url;
    try {
      url = new URL(href, window.location.href);
    } catch (malformed) {
      return null;
    }
    if (url.origin !== window.location.origin) {
      return null;
    }
    var page = /^\/(skills|tools)\/([a-z0-9-]+)$/.exec(url.pathname);
    if (page) {
      return { kind: page[1] === 'skills' ? 'skill' : 'tool', slug: page[2] };
    }
    var parameters = Array.from(url.searchParams.keys());
    if (url.pathname === '/roles' && parameters.length === 1 && parameters[0] === 'language') {
      return { kind: 'language', slug: url.searchParams.get('language') };
    }
    return null;
  }

  function mark(items, within) {
    Array.prototype.forEach.call(within.querySelectorAll('a[href]'), function (link) {
      var item = itemOf(link.getAttribute('href'));
      if (!item || !has(items, item.kind, item.slug) || link.classList.contains('known-item')) {
        return;
      }
      link.classList.add('known-item');
      var words = document.createElement('span');
      words.className = 'visually-hidden';
      words.textContent = ' (you know this)';
      link.appendChild(words);
    });
  }

  // On a skill's or a tool's own page, a note under its name.
  function markOwnPage(items) {
    var item = itemOf(window.location.pathname);
    var heading = document.querySelector('main .page-head h1');
    if (!item || item.kind === 'language' || !heading || !has(items, item.kind, item.slug)) {
      return;
    }
    var note = document.createElement('p');
    note.className = 'known-note';
    note.textContent = 'You know this (remembered on this device)';
    heading.insertAdjacentElement('afterend', note);
  }

  // /fit and the switch pages answer for the items in their address, which may differ from those kept: marking
  // there would contradict the page.
  function marksItems() {
    var path = window.location.pathname;
    return path !== '/fit' && path.indexOf('/switch/') !== 0;
  }

  // ---- /fit: remember and forget

  function rememberPanel(items) {
    var panel = document.getElementById('remember');
    if (!panel) {
      return;
    }
    var remember = document.getElementById('remember-known');
    var forgetButton = document.getElementById('forget-known');
    var status = document.getElementById('remember-status');
    var ticked = Array.prototype.filter.call(document.querySelectorAll('#know input[type=checkbox]'), function (box) {
      return box.defaultChecked;
    }).map(function (box) {
      return { kind: box.name, slug: box.value };
    });
    panel.hidden = false;
    if (!store()) {
      remember.hidden = true;
      forgetButton.hidden = true;
      status.textContent = 'This browser does not let the site keep anything, so there is nothing to remember.';
      return;
    }
    function show(kept, said) {
      forgetButton.hidden = kept.length === 0;
      if (said) {
        status.textContent = said;
      } else if (!kept.length) {
        status.textContent = 'Nothing is kept in this browser yet.';
      } else if (query(kept) === query(ticked)) {
        status.textContent = 'This browser keeps the ' + count(kept.length) + ' ticked here.';
      } else {
        status.textContent = 'This browser keeps ' + count(kept.length) + ', not the same as those ticked here. '
          + 'Remembering replaces them with these.';
      }
    }
    remember.addEventListener('click', function () {
      if (keep(ticked)) {
        show(ticked, 'Remembered on this device: ' + count(ticked.length)
          + '. This page and the switch pages will open with them.');
      } else {
        show(recall(), 'This browser refused to keep them.');
      }
    });
    forgetButton.addEventListener('click', function () {
      forget();
      show([], 'Forgotten: nothing is kept in this browser any more.');
      remember.focus();
    });
    show(items);
  }

  function count(n) {
    return n === 1 ? '1 item' : n + ' items';
  }

  // ---- /fit: the type-ahead box

  // Case, accents and punctuation aside, as the search compares words; # and + stay (C#, C++).
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/[^a-z0-9#+]+/g, ' ').trim();
  }

  var TOO_MANY = 6;

  function typeahead() {
    var box = document.getElementById('typeahead');
    if (!box) {
      return;
    }
    var input = document.getElementById('typeahead-input');
    var tick = document.getElementById('typeahead-tick');
    var status = document.getElementById('typeahead-status');
    var choices = document.getElementById('typeahead-choices');
    var terms = document.getElementById('typeahead-terms');

    var entries = Array.prototype.map.call(document.querySelectorAll('#know input[type=checkbox]'), function (box) {
      var label = document.querySelector('label[for="' + box.id + '"]');
      var legend = box.closest('fieldset') && box.closest('fieldset').querySelector('legend');
      var shortForms = box.getAttribute('data-short-forms');
      return {
        box: box,
        name: label ? label.textContent.trim() : box.value,
        group: legend ? legend.textContent.trim() : '',
        shortForms: shortForms ? shortForms.split('|') : []
      };
    });
    var byKey = Object.create(null);
    function index(key, entry) {
      var folded = fold(key);
      if (!folded) {
        return;
      }
      var list = byKey[folded] || (byKey[folded] = []);
      if (list.indexOf(entry) < 0) {
        list.push(entry);
      }
    }
    var suggestions = [];
    entries.forEach(function (entry) {
      index(entry.name, entry);
      index(entry.box.value, entry);
      entry.shortForms.forEach(function (term) {
        index(term, entry);
        suggestions.push({ value: term, label: entry.name });
      });
      suggestions.push({ value: entry.name, label: '' });
    });
    suggestions.sort(function (a, b) { return a.value.localeCompare(b.value); });
    suggestions.forEach(function (suggestion) {
      var option = document.createElement('option');
      option.value = suggestion.value;
      if (suggestion.label) {
        option.label = suggestion.label;
      }
      terms.appendChild(option);
    });

    // The items a typed word stands for: a name, slug or short form exactly, else the names it begins a word of.
    function find(typed) {
      var folded = fold(typed);
      if (!folded) {
        return [];
      }
      if (byKey[folded]) {
        return byKey[folded];
      }
      return entries.filter(function (entry) {
        return (' ' + fold(entry.name) + ' ').indexOf(' ' + folded) >= 0;
      });
    }

    function check(entry, ticked, already) {
      if (entry.box.checked) {
        already.push(entry.name);
      } else {
        entry.box.checked = true;
        ticked.push(entry.name);
      }
    }

    function offer(typed, found) {
      var line = document.createElement('p');
      line.appendChild(document.createTextNode('\u201c' + typed + '\u201d could be: '));
      found.forEach(function (entry) {
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'button button--quiet';
        button.textContent = entry.name + (entry.group ? ' (' + entry.group + ')' : '');
        button.addEventListener('click', function () {
          var ticked = [], already = [];
          check(entry, ticked, already);
          line.remove();
          status.textContent = ticked.length ? 'Ticked ' + list(ticked) + '.' : list(already) + ' was already ticked.';
          input.focus();
        });
        line.appendChild(button);
      });
      choices.appendChild(line);
    }

    function read() {
      var ticked = [], already = [], several = [], unknown = [], tooMany = [], left = [];
      choices.textContent = '';
      input.value.split(/[,;]+/).map(function (part) { return part.trim(); }).filter(Boolean).forEach(function (typed) {
        var found = find(typed);
        if (found.length === 1) {
          check(found[0], ticked, already);
        } else if (found.length === 0) {
          unknown.push(typed);
          left.push(typed);
        } else if (found.length > TOO_MANY) {
          tooMany.push(typed);
          left.push(typed);
        } else {
          several.push(typed);
          offer(typed, found);
        }
      });
      var said = [];
      if (ticked.length) {
        said.push('Ticked ' + list(ticked) + '.');
      }
      if (already.length) {
        said.push(list(already) + (already.length === 1 ? ' was' : ' were') + ' already ticked.');
      }
      if (several.length) {
        said.push(list(several.map(quote)) + ' could mean more than one item: choose below.');
      }
      if (tooMany.length) {
        said.push(list(tooMany.map(quote)) + ' matches too many items: type more of it.');
      }
      if (unknown.length) {
        said.push('Nothing in the catalogue is called ' + list(unknown.map(quote)) + '.');
      }
      if (!said.length) {
        said.push('Type a name or a short form first.');
      }
      status.textContent = said.join(' ');
      input.value = left.join(', ');
    }

    function quote(text) {
      return '\u201c' + text + '\u201d';
    }

    function list(words) {
      if (words.length < 2) {
        return words.join('');
      }
      return words.slice(0, -1).join(', ') + ' and ' + words[words.length - 1];
    }

    // Enter ticks instead of sending the form half filled in; the form's own button still sends it.
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
        read();
      }
    });
    // A suggestion picked from the list is ticked at once, as the person meant it.
    input.addEventListener('input', function (event) {
      if (event.inputType === 'insertReplacementText' || event.inputType === undefined) {
        if (byKey[fold(input.value)]) {
          read();
        }
      }
    });
    tick.addEventListener('click', read);
    box.hidden = false;
  }

  // ---- start

  var items = recall();
  if (openWith(items)) {
    return;
  }
  if (items.length && marksItems()) {
    var main = document.getElementById('main');
    if (main) {
      mark(items, main);
      markOwnPage(items);
      // The roles page swaps its results in place (htmx): mark what arrives.
      document.addEventListener('htmx:afterSwap', function (event) {
        mark(recall(), event.target);
      });
    }
  }
  rememberPanel(items);
  typeahead();
})();
