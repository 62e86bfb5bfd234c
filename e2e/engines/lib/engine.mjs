// The app in Firefox ESR and in WebKitGTK, driven over W3C WebDriver (selenium-webdriver):
// Playwright drives only its own builds of those engines, never the system ones. Which engine
// comes from ENGINE (firefox or webkit); the drivers come from `scripts/setup.sh test`
// (geckodriver built from crates.io into the tools folder, Debian's WebKitWebDriver), and a
// missing one fails the run, never skips it. WebKitGTK's MiniBrowser has no headless mode:
// scripts/test.sh runs this suite under xvfb-run.
import { Builder, By, Key } from 'selenium-webdriver';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = process.env.DIST_DIR || path.join(here, '..', '..', '..', 'dist');
const TOOLS = process.env.ASMPB_TOOLS || path.join(os.homedir(), '.cache', 'asm-proposal-tools');

export const ENGINE = process.env.ENGINE;

/** Where each engine's driver and browser are, and the session it asks for. */
const ENGINES = {
  firefox: {
    driver: process.env.GECKODRIVER || path.join(TOOLS, 'geckodriver', 'bin', 'geckodriver'),
    args: (port) => [`--port=${port}`, '--host=127.0.0.1'],
    capabilities: (downloads) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: process.env.FIREFOX || '/usr/bin/firefox-esr',
        args: ['-headless'],
        // Downloads go straight to a folder the test reads, without asking.
        prefs: {
          'browser.download.folderList': 2,
          'browser.download.dir': downloads,
          'browser.download.useDownloadDir': true,
          'browser.download.always_ask_before_handling_new_types': false,
          'browser.download.alwaysOpenPanel': false,
          'browser.helperApps.neverAsk.saveToDisk': 'application/json',
        },
      },
    }),
  },
  webkit: {
    driver: process.env.WEBKITWEBDRIVER || '/usr/bin/WebKitWebDriver',
    args: (port) => [`--port=${port}`],
    // WebKitWebDriver starts WebKitGTK's MiniBrowser in automation mode by default.
    capabilities: () => ({ browserName: 'MiniBrowser' }),
  },
};

/** A free TCP port on the loopback address. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Waits until something listens on `port` (the driver has started). */
async function listening(port, child, ms = 20000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the driver exited with ${child.exitCode}`);
    const ok = await new Promise((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => { s.end(); resolve(true); });
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the driver did not listen on port ${port} within ${ms} ms`);
}

/** Starts the static server of dist/, the engine's driver and a browser session. */
export async function launch() {
  const engine = ENGINES[ENGINE];
  if (!engine) throw new Error(`ENGINE must be one of ${Object.keys(ENGINES).join(', ')}, not ${ENGINE}`);
  if (!fs.existsSync(engine.driver)) {
    throw new Error(`${ENGINE}: no WebDriver at ${engine.driver}: run \`scripts/setup.sh test\``);
  }
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error(`no release build in ${DIST}`);
  const port = await freePort();
  const server = await startServer(DIST, port);
  const driverPort = await freePort();
  const child = spawn(engine.driver, engine.args(driverPort), { stdio: ['ignore', 'ignore', 'pipe'] });
  let driverLog = '';
  child.stderr.on('data', (d) => { driverLog = (driverLog + d).slice(-4000); });
  try {
    await listening(driverPort, child);
  } catch (e) {
    child.kill();
    throw new Error(`${e.message}\n${driverLog}`);
  }
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), `asm-${ENGINE}-downloads-`));
  const driver = await new Builder()
    .usingServer(`http://127.0.0.1:${driverPort}`)
    .withCapabilities(engine.capabilities(downloads))
    .build();
  await driver.manage().window().setRect({ width: 1280, height: 900 }).catch(() => {});
  const caps = await driver.getCapabilities();
  return {
    driver, port, downloads,
    origin: `http://127.0.0.1:${port}`,
    server,
    browser: `${caps.getBrowserName()} ${caps.getBrowserVersion()}`,
    /** Stops serving (the network is gone for the page and its service worker). */
    async stopServer() {
      this.server.closeAllConnections();
      await new Promise((r) => this.server.close(r));
    },
    async startServer() { this.server = await startServer(DIST, port); },
    async close() {
      await driver.quit().catch(() => {});
      child.kill();
      if (this.server.listening) await this.stopServer();
      fs.rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/** Polls `script` in the page until it returns something truthy; returns that. */
export async function until(driver, script, what, ms = 30000, ...args) {
  let last;
  try {
    return await driver.wait(async () => {
      try {
        last = await driver.executeScript(script, ...args);
      } catch (e) {
        // A navigation in flight: the next poll asks the new document.
        last = e.message;
        return false;
      }
      return last;
    }, ms);
  } catch {
    throw new Error(`timed out waiting for ${what} (last answer: ${JSON.stringify(last)})`);
  }
}

/** Waits until the app has rendered and the screen's own module, if any, is drawn. */
export async function appReady(driver) {
  await until(driver, `return document.querySelector('[data-app-ready="true"]') !== null
    && document.querySelector('[data-step-loading]') === null
    && document.querySelector('[data-drawing]') === null`, 'the app to be ready');
}

/** Opens the app at a hash route with a full navigation, and waits until it is ready. */
export async function openApp(env, route = '') {
  await env.driver.get('about:blank');
  await env.driver.get(`${env.origin}/${route ? '#/' + route : ''}`);
  await appReady(env.driver);
}

/** The form control labelled `text` (by its <label> or aria-label). */
export async function byLabel(driver, text) {
  const el = await until(driver, `
    const text = arguments[0];
    for (const label of document.querySelectorAll('label')) {
      if (label.textContent.trim() === text) {
        return label.htmlFor ? document.getElementById(label.htmlFor) : label.querySelector('input, select, textarea');
      }
    }
    return document.querySelector('[aria-label="' + CSS.escape(text) + '"]');`, `a field labelled "${text}"`, 30000, text);
  return el;
}

/** The button whose text is `text`. */
export async function button(driver, text) {
  return until(driver, `return [...document.querySelectorAll('button')]
    .find((b) => b.textContent.trim() === arguments[0] && !b.disabled) || null`,
  `a button "${text}"`, 30000, text);
}

/** Types `value` into the field labelled `label`, replacing what was there. */
export async function type(driver, label, value) {
  const field = await byLabel(driver, label);
  await field.clear();
  await field.sendKeys(value);
}

/** Waits until the save status says the draft is stored. */
export async function saved(driver) {
  await until(driver, `return document.querySelector('[data-save-status="Saved"]') !== null`, 'the draft to be saved');
}

/** Waits until some visible text in the page contains `text`. */
export async function sees(driver, text, ms = 30000) {
  await until(driver, 'return document.body.innerText.includes(arguments[0])', `the text "${text}"`, ms, text);
}

export { By, Key };
