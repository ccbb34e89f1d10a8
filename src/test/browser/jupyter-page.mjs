import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

// Driving a notebook in JupyterLab 4 or Notebook 7 the way a student does (menus, toolbar,
// keyboard), and reading what happened from the page. Both frontends expose the same
// application object (run.sh starts the server with expose_app_in_browser), which the waits
// use to read the kernel's status and the cells' execution counts: every wait is for a
// signal from the page or the kernel, never for a fixed time.

export const LONG = Number(process.env.LOOMLAB_BROWSER_TIMEOUT_MS ?? 240_000);   // Run All of a lesson on a busy 2-core machine

/** Waits until the current notebook's kernel is connected and idle. */
export async function kernelIdle(page, timeout = LONG) {
  await page.waitForFunction(() => {
    const kernel = window.jupyterapp?.shell?.currentWidget?.sessionContext?.session?.kernel;
    return kernel && kernel.connectionStatus === 'connected' && kernel.status === 'idle';
  }, null, { timeout });
}

/** Clicks Menu > Item in the main menu bar. */
export async function menu(page, top, item) {
  await page.locator('.lm-MenuBar-item').filter({ hasText: new RegExp(`^${top}$`) }).first().click();
  await page.locator('.lm-Menu .lm-Menu-itemLabel').filter({ hasText: new RegExp(`^${item}$`) }).first().click();
}

/** The code cells of the current notebook as the model holds them. */
export async function codeCells(page) {
  return page.evaluate(() => {
    const cells = window.jupyterapp.shell.currentWidget.content.model.cells;
    const result = [];
    for (let index = 0; index < cells.length; index++) {
      const cell = cells.get(index);
      if (cell.type !== 'code') continue;
      const outputs = cell.outputs.toJSON();
      result.push({
        index,
        executionCount: cell.executionCount,
        trusted: cell.trusted,
        tags: cell.getMetadata('tags') || [],
        errors: outputs.filter(o => o.output_type === 'error').map(o => `${o.ename}: ${o.evalue}`),
        source: cell.sharedModel.getSource(),
      });
    }
    return result;
  });
}

/**
 * Waits until Run All has finished: the kernel idle, no cell queued or running, and either
 * the last code cell has run or a cell not tagged raises-exception failed (which stops it).
 */
export async function runAllFinished(page, timeout = LONG) {
  await page.waitForFunction(() => {
    const panel = window.jupyterapp.shell.currentWidget;
    const kernel = panel?.sessionContext?.session?.kernel;
    if (!kernel || kernel.status !== 'idle') return false;
    const code = panel.content.widgets.filter(cell => cell.model.type === 'code');
    if (code.some(cell => (cell.node.querySelector('.jp-InputPrompt')?.textContent || '').includes('*'))) return false;
    const failedUnexpectedly = code.some(cell => !(cell.model.getMetadata('tags') || []).includes('raises-exception')
      && cell.model.outputs.toJSON().some(o => o.output_type === 'error'));
    return code.length > 0 && (code[code.length - 1].model.executionCount !== null || failedUnexpectedly);
  }, null, { timeout, polling: 250 });
}

/** Saves with the keyboard, as a student does, and waits until the server has it. */
export async function save(page) {
  await page.locator('.jp-NotebookPanel:visible .jp-Notebook').first().click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+s');
  await page.waitForFunction(() => {
    const context = window.jupyterapp.shell.currentWidget?.context;
    return context && !context.model.dirty;
  });
}

/** Closes the current notebook and shuts its kernel down (one JVM at a time on a small machine). */
export async function closeAndShutDown(page) {
  await page.evaluate(async () => {
    const panel = window.jupyterapp.shell.currentWidget;
    await panel.sessionContext.shutdown();
    panel.dispose();
  });
}

/** Types code into the notebook's last cell, runs it with Shift+Enter, waits for its reply. */
export async function runInLastCell(page, code, { wait = true } = {}) {
  const index = await page.evaluate(() => window.jupyterapp.shell.currentWidget.content.model.cells.length - 1);
  const cell = await emptyLastCell(page);
  await page.keyboard.insertText(code);
  await page.keyboard.press('Shift+Enter');
  if (wait) await cellFinished(page, index);
  return { index, cell };
}

/** Waits until the cell at index has its execution count (its reply came) and the kernel is idle. */
export async function cellFinished(page, index, timeout = LONG) {
  await page.waitForFunction(i => {
    const panel = window.jupyterapp.shell.currentWidget;
    const cell = panel.content.model.cells.get(i);
    return cell.executionCount !== null && panel.sessionContext.session?.kernel?.status === 'idle';
  }, index, { timeout });
}

/** The text of a cell's outputs as shown on the page (without the Out[n] prompts). */
export async function outputText(cell) {
  return (await cell.locator('.jp-OutputArea-output').allInnerTexts()).join('\n').trim();
}

/** Empties the notebook's last cell and puts the cursor in it, ready for typing. */
export async function emptyLastCell(page) {
  const index = await page.evaluate(() => {
    const cells = window.jupyterapp.shell.currentWidget.content.model.cells;
    cells.get(cells.length - 1).sharedModel.setSource('');
    return cells.length - 1;
  });
  const cell = page.locator('.jp-NotebookPanel:visible .jp-Notebook .jp-Cell').nth(index);
  await cell.locator('.cm-content').click();
  // Keys typed before the notebook is in edit mode would run command-mode shortcuts.
  await page.waitForFunction(() => window.jupyterapp.shell.currentWidget.content.mode === 'edit');
  return cell;
}

/** Types into the (focused) last cell and waits until the notebook's model holds the text:
 * the signal that the editor took every key, before a shortcut acts on it. */
export async function typeInLastCell(page, text, timeout = LONG) {
  await page.keyboard.type(text);
  try {
    await page.waitForFunction(expected => {
      const cells = window.jupyterapp.shell.currentWidget.content.model.cells;
      return cells.get(cells.length - 1).sharedModel.getSource() === expected;
    }, text, { timeout });
  } catch (e) {
    const actual = await page.evaluate(() => {
      const cells = window.jupyterapp.shell.currentWidget.content.model.cells;
      return cells.get(cells.length - 1).sharedModel.getSource();
    });
    throw new Error(`typed ${JSON.stringify(text)} but the cell holds ${JSON.stringify(actual)}`);
  }
}

/** A promise that fails with a clear message when the awaited signal never comes. */
export function within(promise, ms, what) {
  let timer;
  const expired = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`no signal in ${ms} ms: ${what}`)), ms); });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

/** After a failed step: every document closed unsaved and every kernel shut down, for the next one. */
export async function closeEverything(page) {
  await page.evaluate(async () => {
    const app = window.jupyterapp;
    await app.serviceManager.sessions.shutdownAll();
    for (const widget of Array.from(app.shell.widgets('main'))) {
      if (widget.context) widget.context.model.dirty = false;
      widget.dispose();
    }
  });
}

/** Opens a document as the file browser does and waits for its kernel. */
export async function open(page, path) {
  await page.evaluate(async p => { await window.jupyterapp.commands.execute('docmanager:open', { path: p }); }, path);
  await page.waitForFunction(p => window.jupyterapp.shell.currentWidget?.context?.path === p, path);
  await kernelIdle(page);
}

/** A copy of the saved notebook that this server never signed: as if a classmate sent it. */
export function receivedCopy(root, path) {
  const notebook = JSON.parse(readFileSync(join(root, path), 'utf8'));
  notebook.metadata.loomlab_received = 'a copy that was never run here';
  const copy = join(dirname(path), `received-${basename(path)}`);
  writeFileSync(join(root, copy), JSON.stringify(notebook, null, 1));
  return copy;
}
