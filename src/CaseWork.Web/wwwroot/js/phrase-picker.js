// The phrase picker (Pages/Phrases/_PhrasePicker): with script, the select and its "Infoga" button give way to a
// button that opens a listbox filtered by typing. Arrow keys choose, Enter inserts the filled phrase at the cursor of
// the textarea and counts its use (POST /Phrases/{id}/Use with the form's antiforgery token), Esc closes; focus
// returns to the textarea either way. Loaded as a module by the pages that hold a picker (no inline script: CSP).
let pickers = 0;

function setUp(root) {
  const textarea = document.getElementById(root.dataset.target);
  const select = root.querySelector('select');
  const fallback = root.querySelector('[data-phrase-fallback]');
  if (!textarea || !select || !fallback) return;
  const id = `phrase-picker-${++pickers}`;
  const phrases = Array.from(select.options).filter(o => o.value).map(o => ({ id: o.value, title: o.textContent, text: o.dataset.text }));
  const form = textarea.form;

  const open = document.createElement('button');
  open.type = 'button';
  open.className = 'btn btn-sm btn-outline-secondary';
  open.textContent = root.dataset.openLabel;
  open.setAttribute('aria-haspopup', 'listbox');
  open.setAttribute('aria-expanded', 'false');
  open.setAttribute('aria-controls', `${id}-panel`);

  const panel = document.createElement('div');
  panel.id = `${id}-panel`;
  panel.className = 'phrase-picker-panel border rounded p-2 mt-1';
  panel.hidden = true;
  const label = document.createElement('label');
  label.htmlFor = `${id}-filter`;
  label.className = 'form-label small mb-1';
  label.textContent = root.dataset.filterLabel;
  const filter = document.createElement('input');
  filter.type = 'text';
  filter.id = `${id}-filter`;
  filter.className = 'form-control form-control-sm';
  filter.autocomplete = 'off';
  filter.setAttribute('role', 'combobox');
  filter.setAttribute('aria-expanded', 'true');
  filter.setAttribute('aria-autocomplete', 'list');
  filter.setAttribute('aria-controls', `${id}-list`);
  filter.setAttribute('aria-describedby', `${id}-hint`);
  const hint = document.createElement('div');
  hint.id = `${id}-hint`;
  hint.className = 'form-text';
  hint.textContent = root.dataset.hint;
  const list = document.createElement('ul');
  list.id = `${id}-list`;
  list.className = 'list-group mt-1 phrase-picker-list';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', root.dataset.openLabel);
  const status = document.createElement('div');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  panel.append(label, filter, hint, list, status);

  let shown = [];
  let active = 0;

  const draw = () => {
    const words = filter.value.toLocaleLowerCase('sv').split(/\s+/).filter(Boolean);
    shown = phrases.filter(p => words.every(w => (p.title + ' ' + p.text).toLocaleLowerCase('sv').includes(w)));
    active = Math.min(active, Math.max(shown.length - 1, 0));
    list.replaceChildren(...shown.map((p, i) => {
      const item = document.createElement('li');
      item.id = `${id}-option-${i}`;
      item.className = 'list-group-item list-group-item-action' + (i === active ? ' active' : '');
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', i === active ? 'true' : 'false');
      const title = document.createElement('strong');
      title.textContent = p.title;
      const text = document.createElement('div');
      text.className = 'small';
      text.textContent = p.text;
      item.append(title, text);
      item.addEventListener('mousedown', e => { e.preventDefault(); insert(p); });
      return item;
    }));
    if (shown.length === 0) {
      filter.removeAttribute('aria-activedescendant');
      status.textContent = root.dataset.noneLabel;
    } else {
      filter.setAttribute('aria-activedescendant', `${id}-option-${active}`);
      status.textContent = '';
      list.children[active].scrollIntoView({ block: 'nearest' });
    }
  };

  const close = () => {
    panel.hidden = true;
    open.setAttribute('aria-expanded', 'false');
    textarea.focus();
  };

  const count = phrase => {
    const token = form?.querySelector('input[name="__RequestVerificationToken"]')?.value;
    if (!token) return;
    fetch(`/Phrases/${phrase.id}/Use`, { method: 'POST', headers: { RequestVerificationToken: token }, credentials: 'same-origin' }).catch(() => {});
  };

  function insert(phrase) {
    const start = textarea.selectionStart ?? textarea.value.length;
    const end = textarea.selectionEnd ?? start;
    textarea.setRangeText(phrase.text, start, end, 'end');
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    count(phrase);
    close();
  }

  open.addEventListener('click', () => {
    if (!panel.hidden) { close(); return; }
    panel.hidden = false;
    open.setAttribute('aria-expanded', 'true');
    filter.value = '';
    active = 0;
    draw();
    filter.focus();
  });
  filter.addEventListener('input', () => { active = 0; draw(); });
  filter.addEventListener('keydown', e => {
    if (e.key === 'ArrowDown' && shown.length) { active = (active + 1) % shown.length; draw(); e.preventDefault(); }
    else if (e.key === 'ArrowUp' && shown.length) { active = (active - 1 + shown.length) % shown.length; draw(); e.preventDefault(); }
    else if (e.key === 'Enter') { e.preventDefault(); if (shown[active]) insert(shown[active]); }
    else if (e.key === 'Escape') { e.preventDefault(); close(); }
  });

  fallback.hidden = true;
  select.disabled = true;
  root.append(open, panel);
}

document.querySelectorAll('[data-phrase-picker]').forEach(setUp);
