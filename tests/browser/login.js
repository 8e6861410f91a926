'use strict';
// The admin's browser in the admin-journey GUI test: Debian's Chromium, driven like a person would
// through orgsim's real pages. It opens the URL Callbridge asked the desktop to open, clicks the
// user on the login page, clicks Allow on the consent page, and waits for Callbridge's own page on
// its loopback listener. Never prints the URL's query (it carries the authorization code).
//
// Usage (as $BROWSER, run by xdg-open): browser.sh URL
// Environment: CALLBRIDGE_BROWSER_USERNAME  the user to log in as (required)
//              CALLBRIDGE_CHROMIUM           the Chromium binary (default /usr/bin/chromium)
//              CALLBRIDGE_SCREENSHOT_DIR     when set, browser-login.png, browser-consent.png and
//                                            browser-done.png are saved there
const fs = require('fs');
const os = require('os');
const path = require('path');
const puppeteer = require('puppeteer-core');

const deadlineMs = 90000;

function withoutQuery(url) {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
}

async function screenshot(page, name) {
    const directory = process.env.CALLBRIDGE_SCREENSHOT_DIR;
    if (directory) {
        await page.screenshot({ path: path.join(directory, `${name}.png`) });
    }
}

// Clicks the button whose text contains `text` and waits for the page it leads to.
async function clickButton(page, text) {
    const button = await page.waitForSelector(`button::-p-text(${JSON.stringify(text)})`, { timeout: deadlineMs });
    await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: deadlineMs }), button.click()]);
}

async function main() {
    const url = process.argv[2];
    const username = process.env.CALLBRIDGE_BROWSER_USERNAME;
    if (!url || !username) {
        throw new Error('usage: CALLBRIDGE_BROWSER_USERNAME=USER browser.sh URL');
    }
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'callbridge-chromium-'));
    const args = ['--no-first-run', '--no-default-browser-check', '--disable-gpu', '--disable-dev-shm-usage'];
    if (process.getuid && process.getuid() === 0) {
        args.push('--no-sandbox'); // Chromium refuses to run as root with its sandbox
    }
    const browser = await puppeteer.launch({
        executablePath: process.env.CALLBRIDGE_CHROMIUM || '/usr/bin/chromium',
        headless: true,
        userDataDir: profile,
        args,
        defaultViewport: { width: 900, height: 600 },
        timeout: deadlineMs,
    });
    try {
        const page = await browser.newPage();
        await page.goto(url, { waitUntil: 'load', timeout: deadlineMs });
        console.log(`opened ${withoutQuery(page.url())}: ${await page.title()}`);
        await screenshot(page, 'browser-login');
        await clickButton(page, `<${username}>`); // the login page lists "Name <username>"
        console.log(`logged in as ${username}: ${await page.title()}`);
        await screenshot(page, 'browser-consent');
        await clickButton(page, 'Allow');
        console.log(`redirected to ${withoutQuery(page.url())}: ${await page.title()}`);
        await screenshot(page, 'browser-done');
        const text = await page.evaluate(() => document.body.innerText);
        console.log(text.trim());
    } finally {
        await browser.close();
        fs.rmSync(profile, { recursive: true, force: true });
    }
}

main().catch((error) => {
    console.error(`browser driver: ${error.message}`);
    process.exit(1);
});
