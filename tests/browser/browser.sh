#!/bin/sh
# The system browser ($BROWSER) in the admin-journey GUI test: xdg-open runs it with the URL the app
# opens; login.js drives Debian's Chromium through the login and consent pages.
exec node "$(dirname "$0")/login.js" "$@"
