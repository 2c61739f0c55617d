// The buttons of the reconnect dialog (Components/Layout/ReconnectModal.razor); a file, since the
// Content-Security-Policy allows no inline script.
document.addEventListener('click', event => {
    if (event.target.id === 'okra-reconnect-retry') {
        window.Blazor.reconnect().then(ok => { if (!ok) location.reload(); });
    } else if (event.target.id === 'okra-reconnect-reload') {
        location.reload();
    }
});
