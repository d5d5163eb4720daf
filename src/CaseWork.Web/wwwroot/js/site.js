// Focus the error summary after a failed save, so screen readers and keyboards start there.
document.getElementById('error-summary')?.focus();

// Print buttons (no inline script: the pages stay ready for a strict Content-Security-Policy).
document.querySelectorAll('[data-print]').forEach(button => button.addEventListener('click', () => window.print()));

// Never lose work: a form with data-draft-key keeps what is typed in this browser until it is saved. A draft belongs
// to the signed-in user (the opaque data-draft-owner on the body), is offered to no one else, is removed when they
// sign out (data-drafts-clear-all on the page after) and lasts a day.
(function keepDrafts() {
  const prefix = 'casework-draft:';
  const maxAge = 24 * 60 * 60 * 1000;
  const read = key => { try { return JSON.parse(localStorage.getItem(key)); } catch { return null; } };
  const wipeAll = !!document.querySelector('[data-drafts-clear-all]');
  Object.keys(localStorage).filter(k => k.startsWith(prefix)).forEach(k => {
    const draft = read(k);
    const expired = !draft || !draft.owner || typeof draft.savedAt !== 'number' || Date.now() - draft.savedAt > maxAge;
    if (wipeAll || expired) localStorage.removeItem(k);
  });
  const owner = document.body.dataset.draftOwner;
  if (!owner) return;
  const keyOf = name => prefix + owner + ':' + name;
  document.querySelectorAll('[data-draft-clear]').forEach(el => localStorage.removeItem(keyOf(el.dataset.draftClear)));
  const form = document.querySelector('form[data-draft-key]');
  if (!form) return;
  const key = keyOf(form.dataset.draftKey);
  const fields = () => Array.from(form.elements).filter(e => e.name && !e.name.startsWith('__') && e.type !== 'hidden' && e.type !== 'submit');
  const snapshot = () => Object.fromEntries(fields().map(e => [e.name, e.value]));
  const stored = read(key);
  const current = snapshot();
  const differs = stored && stored.owner === owner && stored.values
    && Object.keys(stored.values).some(name => name in current && current[name] !== stored.values[name]);
  const notice = document.getElementById('draft-restore');
  if (differs && notice && !document.getElementById('error-summary')) {
    notice.classList.remove('d-none');
    notice.querySelector('[data-draft-restore]').addEventListener('click', () => {
      fields().forEach(e => { if (e.name in stored.values) e.value = stored.values[e.name]; });
      notice.classList.add('d-none');
      form.dispatchEvent(new Event('input'));
    });
    notice.querySelector('[data-draft-discard]').addEventListener('click', () => {
      localStorage.removeItem(key);
      notice.classList.add('d-none');
    });
  }
  form.addEventListener('input', () => localStorage.setItem(key, JSON.stringify({ owner, savedAt: Date.now(), values: snapshot() })));
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
