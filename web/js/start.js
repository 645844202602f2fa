// Starts the lab. A separate file, not an inline script, so the page works under
// Content-Security-Policy: script-src 'self'.
main();
