// The browser test: Debian's chromium (headless, fresh profile, never a downloaded browser)
// driving the JupyterLab 4 and Notebook 7 that run.sh started.
//
//   node e2e.mjs --url URL --token TOKEN --root DIR --out DIR --jar FAKE.jar LESSON...
// (lesson paths relative to the server's root, which is DIR)
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, failureCount, screenshotFailuresOf } from './checks.mjs';
import { startFakeMaven } from './fake-maven.mjs';
import { lessons } from './lessons.mjs';
import { notebook7 } from './notebook7.mjs';
import { studentNotebook } from './student-notebook.mjs';

function parseArgs(argv) {
  const options = { notebooks: [] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i].match(/^--(url|token|root|out|jar)$/);
    if (flag) options[flag[1]] = argv[++i];
    else options.notebooks.push(argv[i]);
  }
  if (!options.url || !options.token || !options.root || !options.out || !options.jar || !options.notebooks.length) {
    throw new Error('usage: node e2e.mjs --url URL --token TOKEN --root DIR --out DIR --jar FAKE.jar LESSON...');
  }
  return options;
}

/** Debugging aid: prints the type of every kernel message on the page's websockets. */
function traceKernelMessages(page) {
  page.on('websocket', socket => {
    const show = direction => frame => {
      const text = typeof frame.payload === 'string' ? frame.payload : frame.payload.toString('latin1');
      const type = text.match(/"msg_type":\s*"(\w+)"/);
      if (!type) return;
      const detail = /status/.test(type[1]) ? ' ' + (text.match(/"execution_state":\s*"(\w+)"/)?.[1] ?? '')
        : /^complete_/.test(type[1]) ? ' ' + text.replace(/[\x00-\x1f]/g, ' ').slice(-400) : '';
      console.log(`  (ws ${direction} ${type[1]}${detail})`);
    };
    socket.on('framesent', show('->'));
    socket.on('framereceived', show('<-'));
  });
}

const options = parseArgs(process.argv.slice(2));
mkdirSync(options.out, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'loomlab-chromium-'));
const fakeMaven = await startFakeMaven(options.jar);
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
  viewport: { width: 1280, height: 900 },
});
context.setDefaultTimeout(60_000);
try {
  const page = context.pages()[0] ?? await context.newPage();
  screenshotFailuresOf(page, options.out);
  page.on('pageerror', error => console.log(`(page error: ${error.message.split('\n')[0]})`));
  if (process.env.LOOMLAB_BROWSER_TRACE) traceKernelMessages(page);
  await studentNotebook(page, { ...options, fakeMaven });
  if (process.env.LOOMLAB_BROWSER_ONLY === 'student') process.exit(failureCount() === 0 ? 0 : 1);
  const quizzes = await lessons(page, { ...options, themesFor: options.notebooks.find(n => n.includes('03-')) ?? options.notebooks[0] });
  check(quizzes > 0, `quizzes were answered (${quizzes})`);
  const nb7Lesson = options.notebooks.find(n => n.includes('03-')) ?? options.notebooks[0];
  const nb7 = await context.newPage();
  screenshotFailuresOf(nb7, options.out);
  await notebook7(nb7, { ...options, lesson: nb7Lesson });
} finally {
  await context.close();
  fakeMaven.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(failureCount() === 0
  ? `browser test passed; screenshots in ${options.out}`
  : `browser test FAILED (${failureCount()}); screenshots in ${options.out}`);
process.exit(failureCount() === 0 ? 0 : 1);
