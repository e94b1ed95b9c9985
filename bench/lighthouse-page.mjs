// One Lighthouse run on one page (bench/lighthouse.sh copies this next to its Lighthouse install
// and runs it with the Node 24 that comes with it). The same as the Lighthouse CLI
// (`lighthouse URL --form-factor=mobile --only-categories=performance,accessibility`, default
// simulated throttling, a fresh Chromium profile), with one step before it for a seated tablet:
//
//   node lighthouse-page.mjs URL OUT.json [SEAT_KEY SEAT_SECRET]
//
// With a seat, a tablet that has joined the table is prepared first: a page of the same origin
// (a small static file) puts the browser's secret into local storage, where board.ui.BrowserSeat
// keeps it after the join steps. Lighthouse's storage reset clears the HTTP cache, service
// workers and Cache Storage before it loads the page (clearStorageTypes of Lighthouse 13), not
// local storage, so the measured load starts cold but with the seat, as a tablet that comes back
// to its table. The session cookie is not set: the server finds the seat from the secret.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import puppeteer from 'puppeteer-core';
import lighthouse from 'lighthouse';

const [url, out, seatKey, seatSecret] = process.argv.slice(2);
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-lighthouse-'));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  userDataDir: profile,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=nl-NL'],
});
try {
  if (seatKey) {
    const browser = await puppeteer.connect({ browserURL: 'http://127.0.0.1:' + chrome.port });
    const page = await browser.newPage();
    await page.goto(new URL('/scripts/keukentafel-table.js', url).href);
    await page.evaluate((key, secret) => localStorage.setItem(key, secret), seatKey, seatSecret);
    const stored = await page.evaluate((key) => localStorage.getItem(key), seatKey);
    if (stored !== seatSecret) {
      throw new Error('could not put the seat into local storage');
    }
    await page.close();
    await browser.disconnect();
  }
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    formFactor: 'mobile',
  });
  fs.writeFileSync(out, result.report);
  if (result.lhr.runtimeError) {
    console.error('Lighthouse runtime error: ' + JSON.stringify(result.lhr.runtimeError));
    process.exitCode = 1;
  }
} finally {
  await chrome.kill();
  fs.rmSync(profile, { recursive: true, force: true });
}
