// Runs notebooks in a real browser: Debian's chromium, headless, driving the classic Jupyter
// Notebook that run.sh started. For each notebook: open it, Cell > Run All, wait until every
// code cell has run, fail on any error output outside cells tagged "raises-exception", click a
// quiz's choices and read the feedback, and take screenshots.
//
//   node e2e.mjs --url http://127.0.0.1:PORT --token TOKEN --out DIR NOTEBOOK...
// (notebook paths are relative to the server's root)
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, basename } from 'node:path';

const CELL_TIMEOUT_MS = 300_000;

function parseArgs(argv) {
  const options = { notebooks: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--url') options.url = argv[++i];
    else if (arg === '--token') options.token = argv[++i];
    else if (arg === '--out') options.out = argv[++i];
    else options.notebooks.push(arg);
  }
  if (!options.url || !options.token || !options.out || options.notebooks.length === 0) {
    throw new Error('usage: node e2e.mjs --url URL --token TOKEN --out DIR NOTEBOOK...');
  }
  return options;
}

const failures = [];
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
}

async function runNotebook(context, options, notebook) {
  const name = basename(notebook, '.ipynb');
  const page = await context.newPage();
  page.on('dialog', dialog => dialog.dismiss()); // e.g. "leave page?" when closing
  await page.goto(`${options.url}/notebooks/${notebook}?token=${options.token}`);
  // The kernel is connected once the frontend says so and the indicator shows it idle.
  await page.waitForFunction(() => window.Jupyter?.notebook?.kernel?.is_connected?.(), null, { timeout: 120_000 });
  await page.waitForSelector('#kernel_indicator_icon.kernel_idle_icon', { timeout: 120_000 });

  await page.click('#celllink');
  await page.click('#run_all_cells');
  // Every code cell's prompt shows a number (not "*" or blank) once it has run.
  await page.waitForFunction(() => {
    const prompts = [...document.querySelectorAll('.code_cell .input_prompt')].map(p => p.innerText);
    return prompts.length > 0 && prompts.every(text => /In\s*\[\d+\]/.test(text));
  }, null, { timeout: CELL_TIMEOUT_MS, polling: 500 });
  await page.waitForSelector('#kernel_indicator_icon.kernel_idle_icon', { timeout: CELL_TIMEOUT_MS });

  const cells = await page.evaluate(() => Jupyter.notebook.get_cells()
    .map((cell, index) => ({
      index,
      type: cell.cell_type,
      tags: cell.metadata.tags || [],
      errors: [...cell.element[0].querySelectorAll('.output_error')].map(e => e.innerText.split('\n')[0]),
    }))
    .filter(cell => cell.type === 'code'));
  for (const cell of cells) {
    const expected = cell.tags.includes('raises-exception');
    if (expected) {
      check(cell.errors.length > 0, `${name}: cell ${cell.index + 1} (tagged raises-exception) shows its error: ${cell.errors[0] ?? 'none'}`);
    } else {
      check(cell.errors.length === 0, `${name}: cell ${cell.index + 1} has no error${cell.errors.length ? ': ' + cell.errors[0] : ''}`);
    }
  }
  await page.screenshot({ path: join(options.out, `${name}-after-run-all.png`), fullPage: true });

  // a question with choices (typed and "what does it print" questions only have a reveal)
  const quizzes = await page.locator('.lq:has(details.lq-wrong)').count();
  if (quizzes > 0) {
    const quiz = page.locator('.lq:has(details.lq-wrong)').first();
    await quiz.scrollIntoViewIfNeeded();
    await quiz.locator('details.lq-wrong > summary').first().click();
    const wrong = quiz.locator('details.lq-wrong[open] .lq-feedback').first();
    check(await wrong.isVisible() && (await wrong.innerText()).includes('Not quite'),
      `${name}: clicking a wrong choice shows "Not quite"`);
    await quiz.locator('details.lq-right > summary').first().click();
    const right = quiz.locator('details.lq-right[open] .lq-feedback').first();
    check(await right.isVisible() && (await right.innerText()).includes('Right'),
      `${name}: clicking the right choice shows "Right" and the explanation: ${(await right.innerText()).trim()}`);
    await quiz.screenshot({ path: join(options.out, `${name}-quiz-answered.png`) });
  }
  const timelines = page.locator('.loomlab-timeline svg');
  if (await timelines.count() > 0) {
    const timeline = timelines.first();
    await timeline.scrollIntoViewIfNeeded();
    check(await timeline.isVisible(), `${name}: a timeline picture is drawn`);
    await timeline.screenshot({ path: join(options.out, `${name}-timeline.png`) });
  }
  await page.close();
  return quizzes;
}

const options = parseArgs(process.argv.slice(2));
mkdirSync(options.out, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'loomlab-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 900 },
});
let quizzes = 0;
try {
  for (const notebook of options.notebooks) {
    try {
      quizzes += await runNotebook(context, options, notebook);
    } catch (error) {
      check(false, `${notebook}: ${error.message.split('\n')[0]}`);
    }
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
check(quizzes > 0, `a quiz was clicked in at least one notebook (${quizzes} found)`);
console.log(failures.length === 0
  ? `browser test passed; screenshots in ${options.out}`
  : `browser test FAILED (${failures.length}); screenshots in ${options.out}`);
process.exit(failures.length === 0 ? 0 : 1);
