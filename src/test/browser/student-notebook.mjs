// A new notebook from the launcher, used as a student would: run cells, stop a runaway loop,
// Tab and Shift+Tab, a timeline, a task that outlives its cell, %maven, restart.
import { join } from 'node:path';
import { check, scenario } from './checks.mjs';
import { LONG, cellFinished, codeCells, emptyLastCell, typeInLastCell, kernelIdle, open, receivedCopy, within, menu, outputText, runInLastCell, save, closeAndShutDown } from './jupyter-page.mjs';
import { COORDINATES } from './fake-maven.mjs';

export async function studentNotebook(page, { url, token, out, root, fakeMaven }) {
  await scenario('the launcher offers Java (Loomlab) and starts the kernel', async () => {
    await page.goto(`${url}/lab?reset&token=${token}`);
    const card = page.locator('.jp-LauncherCard[data-category="Notebook"]').filter({ hasText: 'Java (Loomlab)' });
    await card.waitFor();
    const logo = card.locator('img');
    await page.waitForFunction(img => img.complete && img.naturalWidth > 0, await logo.elementHandle());
    check((await logo.getAttribute('src')).includes('kernelspecs/loomlab/logo'), 'the card shows the Loomlab logo');
    await page.screenshot({ path: join(out, 'lab-launcher.png') });
    await card.click();
    await kernelIdle(page);
    const name = await page.evaluate(() => window.jupyterapp.shell.currentWidget.sessionContext.kernelDisplayName);
    check(name === 'Java (Loomlab)', `a new notebook runs the Loomlab kernel (${name})`);
  });

  await scenario('a cell runs; the stop button stops while (true) {} and keeps the state', async () => {
    const first = await runInLastCell(page, 'int before = 42;\nSystem.out.println("ready " + before);');
    check((await outputText(first.cell)).includes('ready 42'), 'the first cell printed');
    const loop = await runInLastCell(page, 'System.out.println("looping");\nwhile (true) {}', { wait: false });
    // the cell's own output says it is in the loop: only then is there something to stop
    await page.waitForFunction(i => {
      const cell = window.jupyterapp.shell.currentWidget.content.widgets[i];
      return (cell.node.querySelector('.jp-OutputArea')?.textContent || '').includes('looping');
    }, loop.index);
    await page.locator('.jp-NotebookPanel-toolbar [data-command="notebook:interrupt-kernel"]').click();
    await cellFinished(page, loop.index);
    check(/interrupt|stopped/i.test(await outputText(loop.cell)), `the loop says it was stopped: ${await outputText(loop.cell)}`);
    const after = await runInLastCell(page, 'before');
    check((await outputText(after.cell)) === '42', 'a variable defined before the loop survives');
    await page.screenshot({ path: join(out, 'lab-stopped-loop.png') });
  });

  await scenario('Restart Kernel starts a fresh session', async () => {
    await page.evaluate(() => {
      const kernel = window.jupyterapp.shell.currentWidget.sessionContext.session.kernel;
      window.loomlabRestarted = new Promise(resolve => {
        let restarting = false;
        kernel.statusChanged.connect((_, status) => {
          if (status === 'restarting' || status === 'autorestarting') restarting = true;
          if (restarting && status === 'idle') resolve();
        });
      });
    });
    await menu(page, 'Kernel', 'Restart Kernel…');
    await page.locator('.jp-Dialog .jp-mod-accept').click();
    await page.evaluate(() => window.loomlabRestarted);
    const gone = await runInLastCell(page, 'before');
    const goneErrors = (await codeCells(page)).find(c => c.index === gone.index).errors;
    check(goneErrors.length > 0 && (await outputText(gone.cell)).includes('before'),
      `after the restart the old variable is gone: ${goneErrors[0] ?? 'no error'}`);
    const fresh = await runInLastCell(page, '1 + 1');
    check((await outputText(fresh.cell)) === '2', 'and new cells run');
    await page.screenshot({ path: join(out, 'lab-after-restart.png') });
  });

  await scenario('Tab completes a variable of the session and a magic name', async () => {
    await runInLastCell(page, 'int sessionCounter = 1;\nint sessionCount2 = 2;');
    await emptyLastCell(page);
    await typeInLastCell(page, 'sessionCou');
    await page.keyboard.press('Tab');
    const completer = page.locator('.jp-Completer');
    await completer.waitFor();
    const items = await completer.locator('.jp-Completer-item').allInnerTexts();
    check(items.some(item => item.includes('sessionCounter')), `Tab offers sessionCounter: ${items.join(', ')}`);
    await page.screenshot({ path: join(out, 'lab-tab-completion.png') });
    await page.keyboard.press('Escape');
    await completer.waitFor({ state: 'hidden' });
    await emptyLastCell(page);
    await typeInLastCell(page, '%ma');
    await page.keyboard.press('Tab');
    await completer.waitFor();
    const magics = await completer.locator('.jp-Completer-item').allInnerTexts();
    check(magics.some(m => m.includes('%maven')) && magics.some(m => m.includes('%mavenRepo'))
      && !magics.some(m => m.includes('markdown')), `Tab after %ma offers the magics: ${magics.join(', ')}`);
    await page.keyboard.press('Escape');
    await completer.waitFor({ state: 'hidden' });
    await emptyLastCell(page);
  });

  await scenario('Shift+Tab shows signature and javadoc, Loomlab\'s library included', async () => {
    const tooltip = page.locator('.jp-Tooltip');
    for (const [typed, signature, javadoc, shot] of [
      ['gather(', 'gather(', 'argument order', 'lab-help-gather.png'],
      ['createTask(', 'createTask(', 'starts when the caller next yields', null],
      ['Math.max(', 'Math.max(int a, int b)', 'Returns the greater of two', null]]) {
      await emptyLastCell(page);
      await typeInLastCell(page, typed);
      await page.keyboard.press('Shift+Tab');
      await tooltip.waitFor();
      const text = await tooltip.innerText();
      check(text.includes(signature) && text.includes(javadoc),
        `Shift+Tab on ${typed} shows "${signature}" and its javadoc (it showed: ${JSON.stringify(text.slice(0, 300))})`);
      if (shot) await page.screenshot({ path: join(out, shot) });
      await page.keyboard.press('Escape');
      await tooltip.waitFor({ state: 'detached' });
    }
    await emptyLastCell(page);
  });

  await scenario('a timeline renders as a picture', async () => {
    const { cell } = await runInLastCell(page,
      'timeline(() -> gather(createTask("alpha", () -> sleep(0.1)), createTask("beta", () -> sleep(0.2))).await())');
    const picture = cell.locator('.jp-OutputArea-output svg, .jp-OutputArea-output img').first();
    await picture.waitFor();
    const box = await picture.boundingBox();
    check(box && box.width > 100 && box.height > 20, `the timeline is drawn (${box?.width}x${box?.height})`);
    await cell.locator('.jp-OutputArea').screenshot({ path: join(out, 'lab-timeline.png') });
  });

  await scenario('a task that outlives its cell prints into the next cell with its origin', async () => {
    // The task waits for an event the next cell sets: no clock involved (the kernels here run
    // on the virtual clock, which would finish a sleeping task as soon as its cell ended).
    const started = await runInLastCell(page,
      'var go = new AsyncEvent();\ncreateTask("late", () -> { go.await(); System.out.println("late hello"); return null; });');
    const count = await page.evaluate(i => window.jupyterapp.shell.currentWidget.content.model.cells.get(i).executionCount, started.index);
    const next = await runInLastCell(page, 'go.set();\nsleep(0.1);');
    const text = await outputText(next.cell);
    check(text.includes(`[from cell ${count}, late] late hello`), `the next cell shows "[from cell ${count}, late] late hello": ${text}`);
  });

  await scenario('%maven shows its download while it runs', async () => {
    const running = await runInLastCell(page, `%mavenRepo --allow-http local-test ${fakeMaven.url}\n%maven ${COORDINATES}`, { wait: false });
    await within(fakeMaven.jarStarted, LONG, 'the fake repository was asked for the jar');
    await page.waitForFunction(i => {
      const cell = window.jupyterapp.shell.currentWidget.content.widgets[i];
      return (cell.node.querySelector('.jp-InputPrompt')?.textContent || '').includes('*')
        && (cell.node.querySelector('.jp-OutputArea')?.textContent || '').includes('downloading slow-download-1.0.jar');
    }, running.index);
    check(true, '%maven says it is downloading the jar while the download is under way');
    await running.cell.screenshot({ path: join(out, 'lab-maven-progress.png') });
    fakeMaven.release();
    await cellFinished(page, running.index);
    const text = await outputText(running.cell);
    check(text.includes('downloaded slow-download-1.0.jar'), `and that it finished: ${text}`);
  });

  await scenario('the notebook is saved and closed; received untrusted, its timeline is still a picture', async () => {
    await save(page);
    await closeAndShutDown(page);
    await open(page, receivedCopy(root, 'Untitled.ipynb'));
    const cell = page.locator('.jp-NotebookPanel:visible .jp-Cell').filter({ hasText: 'timeline(() ->' }).first();
    const picture = cell.locator('.jp-OutputArea-output img').first();
    await picture.waitFor();
    const box = await picture.boundingBox();
    check(box && box.width > 100 && box.height > 20, `untrusted, the timeline is an image (${box?.width}x${box?.height})`);
    await cell.locator('.jp-OutputArea').screenshot({ path: join(out, 'lab-timeline-untrusted.png') });
    await closeAndShutDown(page);
  });
}
