// Focus the error summary after a failed save, so screen readers and keyboards start there.
document.getElementById('error-summary')?.focus();
