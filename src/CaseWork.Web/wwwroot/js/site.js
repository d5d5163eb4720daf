// Focus the error summary after a failed save, so screen readers and keyboards start there.
document.getElementById('error-summary')?.focus();

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
  const fieldsOf = form => Array.from(form.elements).filter(e => e.name && !e.name.startsWith('__') && e.type !== 'hidden' && e.type !== 'submit' && e.type !== 'button');
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
    const differs = stored && stored.owner === owner && stored.values
      && Object.keys(stored.values).some(name => name in current && current[name] !== stored.values[name]);
    if (differs && template && !document.getElementById('error-summary')) {
      const notice = template.content.firstElementChild.cloneNode(true);
      if (!document.getElementById('draft-restore')) notice.id = 'draft-restore';
      form.before(notice);
      notice.querySelector('[data-draft-restore]').addEventListener('click', () => {
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
