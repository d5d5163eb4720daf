// Focus the error summary after a failed save, so screen readers and keyboards start there; after a save, its status
// message (at the top of the main content), unless the page opens at a field of its own (autofocus).
(document.getElementById('error-summary')
  ?? (document.querySelector('[autofocus]') ? null : document.getElementById('status-message')))?.focus();

// Print buttons (no inline script: the pages stay ready for a strict Content-Security-Policy).
document.querySelectorAll('[data-print]').forEach(button => button.addEventListener('click', () => window.print()));

// Never lose work. Every form holding free text keeps what is typed in this browser until it is saved: a form with a
// field marked data-draft (every textarea of the app's forms) or a data-draft-key of its own, which names the draft
// where the page needs a stable name (else the form's address, which holds the record's id, is the name). A draft
// belongs to the signed-in user (the opaque data-draft-owner on the body), is offered to no one else, is removed when
// they sign out (data-drafts-clear-all on the page after), when the form is saved (the next page shows the status
// message of a save, or names the draft in data-draft-clear), and after a day. Leaving a form with changes that are
// not saved asks first.
(function keepDrafts() {
  const prefix = 'casework-draft:';
  const submittedKey = 'casework-draft-submitted';
  const maxAge = 24 * 60 * 60 * 1000;
  const read = key => { try { return JSON.parse(localStorage.getItem(key)); } catch { return null; } };
  const wipeAll = !!document.querySelector('[data-drafts-clear-all]');
  Object.keys(localStorage).filter(k => k.startsWith(prefix)).forEach(k => {
    const draft = read(k);
    const expired = !draft || !draft.owner || typeof draft.savedAt !== 'number' || Date.now() - draft.savedAt > maxAge;
    if (wipeAll || expired) localStorage.removeItem(k);
  });
  // A hidden field is kept only when marked data-draft (a row's id, which moves with the row's text).
  const fieldsOf = form => Array.from(form.elements).filter(e => e.name && !e.name.startsWith('__') && (e.type !== 'hidden' || e.hasAttribute('data-draft')) && e.type !== 'submit' && e.type !== 'button');
  const stateOf = form => JSON.stringify(fieldsOf(form).map(e => [e.name, e.value, e.checked === true]));

  // Leaving with unsaved changes asks first (every form that posts), unless the form is being submitted.
  let submitting = false;
  const watched = Array.from(document.querySelectorAll('form[method="post" i]')).filter(f => fieldsOf(f).length > 0);
  const initial = new Map(watched.map(f => [f, stateOf(f)]));
  document.addEventListener('submit', () => { submitting = true; });
  window.addEventListener('pageshow', () => { submitting = false; });
  window.addEventListener('beforeunload', event => {
    if (submitting || !watched.some(f => f.isConnected && stateOf(f) !== initial.get(f))) return;
    event.preventDefault();
    event.returnValue = '';
  });

  const owner = document.body.dataset.draftOwner;
  if (!owner) return;
  const keyOf = name => prefix + owner + ':' + name;
  const forms = Array.from(document.querySelectorAll('form')).filter(f => f.dataset.draftKey || f.querySelector('[data-draft]'));
  const nameOf = form => {
    const address = new URL(form.action, location.href);
    return form.dataset.draftKey || (address.pathname + address.search).toLowerCase();
  };
  document.querySelectorAll('[data-draft-clear]').forEach(el => localStorage.removeItem(keyOf(el.dataset.draftClear)));
  const submitted = sessionStorage.getItem(submittedKey);
  sessionStorage.removeItem(submittedKey);
  if (submitted && document.getElementById('status-message')) localStorage.removeItem(submitted);
  const template = document.getElementById('draft-restore-template');
  forms.forEach(form => {
    const key = keyOf(nameOf(form));
    // A box or a choice is kept as whether it is ticked, under its name and value; any other field as its value.
    const isChoice = e => e.type === 'checkbox' || e.type === 'radio';
    const slotOf = e => isChoice(e) ? e.name + '=' + e.value : e.name;
    const snapshot = () => Object.fromEntries(fieldsOf(form).map(e => [slotOf(e), isChoice(e) ? e.checked : e.value]));
    const stored = read(key);
    const current = snapshot();
    // A form whose rows are added and removed in the page (data-draft-rows) also differs by rows the draft has and
    // the page has not, or the other way round; the form rebuilds its rows on the casework:draft-restore event.
    const rows = form.hasAttribute('data-draft-rows');
    const filled = value => value !== '' && value !== false;
    const differs = stored && stored.owner === owner && stored.values
      && (Object.keys(stored.values).some(name => name in current ? current[name] !== stored.values[name] : rows && filled(stored.values[name]))
        || (rows && Object.keys(current).some(name => !(name in stored.values) && filled(current[name]))));
    if (differs && template && !document.getElementById('error-summary')) {
      const notice = template.content.firstElementChild.cloneNode(true);
      if (!document.getElementById('draft-restore')) notice.id = 'draft-restore';
      form.before(notice);
      // The offer comes first: it has the focus (also before a field the form would open at), Enter restores.
      notice.querySelector('[data-draft-restore]').focus();
      notice.querySelector('[data-draft-restore]').addEventListener('click', () => {
        form.dispatchEvent(new CustomEvent('casework:draft-restore', { detail: { names: Object.keys(stored.values) } }));
        fieldsOf(form).forEach(e => {
          const slot = slotOf(e);
          if (!(slot in stored.values)) return;
          if (isChoice(e)) e.checked = stored.values[slot] === true; else e.value = stored.values[slot];
        });
        notice.remove();
        form.dispatchEvent(new Event('input'));
        form.querySelector('[data-draft], textarea, input:not([type=hidden])')?.focus();
      });
      notice.querySelector('[data-draft-discard]').addEventListener('click', () => {
        localStorage.removeItem(key);
        notice.remove();
        form.querySelector('[data-draft], textarea, input:not([type=hidden])')?.focus();
      });
    }
    form.addEventListener('input', () => localStorage.setItem(key, JSON.stringify({ owner, savedAt: Date.now(), values: snapshot() })));
    form.addEventListener('submit', () => sessionStorage.setItem(submittedKey, key));
  });
})();

// The generic-goal check, live as the worker types (the server applies the same rule on save).
(function checkGoal() {
  const goal = document.querySelector('textarea[data-generic-phrases]');
  const live = document.getElementById('goal-live');
  if (!goal || !live) return;
  const normalize = text => (text || '').toLocaleLowerCase('sv-SE').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/\s+/g, ' ');
  const phrases = JSON.parse(goal.dataset.genericPhrases).map(normalize).filter(p => p).sort((a, b) => b.length - a.length);
  const filler = new Set(JSON.parse(goal.dataset.fillerWords));
  const isGeneric = text => {
    let rest = normalize(text);
    if (rest.length < Number(goal.dataset.minLength)) return true;
    phrases.forEach(p => { rest = rest.split(p).join(' '); });
    return rest.split(' ').filter(w => w && !filler.has(w)).join(' ').length < Number(goal.dataset.minIndividual);
  };
  const update = () => { live.textContent = goal.value.trim() && isGeneric(goal.value) ? live.dataset.message : ''; };
  goal.addEventListener('input', update);
  update();
})();

// The plan editor's rows (subgoals and their activities) are added and removed in the page where JavaScript runs: a
// row is cloned from the <template> the server renders (indexes __s__ and __a__), and every row is renumbered after a
// change so that the names stay Input.Subgoals[i].Activities[j] without gaps (model binding stops at a gap); the new
// row's first field takes the focus. A restored draft gets back the rows it had. Without JavaScript the same buttons
// post to the server, which adds or removes the row and puts the focus in the new one.
(function planRows() {
  const editor = document.querySelector('[data-plan-rows]');
  const subgoalTemplate = document.getElementById('subgoal-row-template');
  const activityTemplate = document.getElementById('activity-row-template');
  if (!editor || !subgoalTemplate || !activityTemplate) return;
  const form = editor.closest('form');
  const list = editor.querySelector('[data-subgoal-rows]');
  const subgoalRows = () => Array.from(list.querySelectorAll(':scope > [data-subgoal-row]'));
  const activityRows = subgoalRow => Array.from(subgoalRow.querySelectorAll('[data-activity-rows] > [data-activity-row]'));
  const rename = (value, s, a) => value
    .replace(/Subgoals\[[^\]]*\]/g, `Subgoals[${s}]`)
    .replace(/Subgoals_(?:\d+|__s__)__/g, `Subgoals_${s}__`)
    .replace(/Activities\[[^\]]*\]/g, `Activities[${a}]`)
    .replace(/Activities_(?:\d+|__a__)__/g, `Activities_${a}__`);
  const renumberElement = (el, s, a) => {
    ['name', 'id', 'for', 'data-valmsg-for', 'aria-describedby'].forEach(attribute => {
      const value = el.getAttribute(attribute);
      if (value) el.setAttribute(attribute, rename(value, s, a));
    });
    const action = el.getAttribute('formaction');
    if (action) {
      const url = new URL(action, location.href);
      ['subgoal', 'index'].filter(p => url.searchParams.has(p)).forEach(p => url.searchParams.set(p, s));
      if (url.searchParams.has('activity')) url.searchParams.set('activity', a);
      el.setAttribute('formaction', url.pathname + url.search);
    }
    const format = text => text.replaceAll('{s}', s + 1).replaceAll('{a}', a + 1);
    if (el.dataset.textFormat) el.textContent = format(el.dataset.textFormat);
    if (el.dataset.ariaFormat) el.setAttribute('aria-label', format(el.dataset.ariaFormat));
  };
  const renumber = () => subgoalRows().forEach((subgoalRow, s) => {
    subgoalRow.querySelectorAll('*').forEach(el => { if (!el.closest('[data-activity-row]')) renumberElement(el, s, 0); });
    activityRows(subgoalRow).forEach((row, a) => [row, ...row.querySelectorAll('*')].forEach(el => renumberElement(el, s, a)));
  });
  const clone = template => template.content.firstElementChild.cloneNode(true);
  const addSubgoal = () => list.appendChild(clone(subgoalTemplate));
  const addActivity = subgoalRow => subgoalRow.querySelector('[data-activity-rows]').appendChild(clone(activityTemplate));
  const firstField = row => row.querySelector('input:not([type=hidden]), select, textarea');

  editor.addEventListener('click', event => {
    const button = event.target.closest('[data-row-action]');
    if (!button) return;
    event.preventDefault();
    const subgoalRow = button.closest('[data-subgoal-row]');
    let focus;
    switch (button.dataset.rowAction) {
      case 'add-subgoal':
        focus = firstField(addSubgoal());
        break;
      case 'add-activity':
        focus = firstField(addActivity(subgoalRow));
        break;
      case 'remove-activity': {
        const row = button.closest('[data-activity-row]');
        const next = row.nextElementSibling;
        row.remove();
        focus = next ? firstField(next) : subgoalRow.querySelector('[data-row-action=add-activity]');
        break;
      }
      case 'remove-subgoal': {
        const next = subgoalRow.nextElementSibling;
        subgoalRow.remove();
        focus = next ? firstField(next) : editor.querySelector('[data-row-action=add-subgoal]');
        break;
      }
      default:
        return;
    }
    renumber();
    focus?.focus();
    form.dispatchEvent(new Event('input'));
  });

  // The draft names every field it holds: rebuild as many subgoals, and activities in each, as it had.
  form.addEventListener('casework:draft-restore', event => {
    const shape = [];
    event.detail.names.forEach(name => {
      const match = /^Input\.Subgoals\[(\d+)\](?:\.Activities\[(\d+)\])?/.exec(name);
      if (!match) return;
      const s = Number(match[1]);
      shape[s] = Math.max(shape[s] ?? 0, match[2] === undefined ? 0 : Number(match[2]) + 1);
    });
    while (subgoalRows().length > shape.length) subgoalRows().at(-1).remove();
    while (subgoalRows().length < shape.length) addSubgoal();
    subgoalRows().forEach((subgoalRow, s) => {
      while (activityRows(subgoalRow).length > (shape[s] ?? 0)) activityRows(subgoalRow).at(-1).remove();
      while (activityRows(subgoalRow).length < (shape[s] ?? 0)) addActivity(subgoalRow);
    });
    renumber();
  });
})();

// A long text shows how much of its limit is used ("123 av 4000 tecken"), announced politely: every textarea with a
// maxlength (TextLimitTagHelper sets it from the form's validator, with the counter's text in data-counter-format).
(function countCharacters() {
  document.querySelectorAll('textarea[maxlength][data-counter-format]').forEach(textarea => {
    const counter = document.createElement('div');
    counter.className = 'form-text text-counter';
    counter.id = textarea.id + '-counter';
    counter.setAttribute('aria-live', 'polite');
    textarea.after(counter);
    const update = () => {
      counter.textContent = textarea.dataset.counterFormat.replace('{0}', textarea.value.length).replace('{1}', textarea.maxLength);
    };
    // The form's input event also follows a restored draft (keepDrafts dispatches it after filling the fields).
    (textarea.form ?? textarea).addEventListener('input', update);
    update();
  });
})();
