// Sends the CSRF token with every htmx request (pages work without JavaScript; htmx only improves them).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// The menu's <details> open without JavaScript; with it, opening one closes the others, and a click elsewhere or
// Escape closes them all.
document.addEventListener('toggle', function (event) {
  var opened = event.target;
  if (!opened.matches || !opened.matches('details.menu') || !opened.open) {
    return;
  }
  document.querySelectorAll('details.menu[open]').forEach(function (menu) {
    if (menu !== opened) {
      menu.open = false;
    }
  });
}, true);
document.addEventListener('click', function (event) {
  if (!event.target.closest('details.menu')) {
    document.querySelectorAll('details.menu[open]').forEach(function (menu) { menu.open = false; });
  }
});
document.addEventListener('keydown', function (event) {
  if (event.key === 'Escape') {
    document.querySelectorAll('details.menu[open]').forEach(function (menu) { menu.open = false; });
  }
});
