// Every lesson in JupyterLab: open, Run All, no error outside cells tagged raises-exception,
// answer the quiz; then the saved notebook arrives "from someone else" (untrusted) and the quiz
// must still read and work; the quiz is checked in the light and the dark theme.
import { basename, join } from 'node:path';
import { check, scenario } from './checks.mjs';
import { closeAndShutDown, closeEverything, codeCells, menu, open, receivedCopy, runAllFinished, save } from './jupyter-page.mjs';
import { answerQuiz } from './quiz.mjs';

async function setTheme(page, theme) {
  await page.evaluate(async t => { await window.jupyterapp.commands.execute('apputils:change-theme', { theme: t }); }, theme);
  await page.waitForFunction(t => document.body.dataset.jpThemeName === t, theme);
}

export async function lessons(page, { out, root, notebooks, themesFor }) {
  let quizzes = 0;
  for (const path of notebooks) {
    const name = basename(path, '.ipynb');
    await scenario(`lesson ${name}: Run All and the quiz, trusted and untrusted`, async () => {
      await closeEverything(page);   // what a failed lesson before may have left open
      await setTheme(page, 'JupyterLab Light');   // a lesson that failed in the dark theme may have left it on
      await open(page, path);
      await menu(page, 'Run', 'Run All Cells');
      await runAllFinished(page);
      const cells = await codeCells(page);
      for (const cell of cells) {
        if (cell.tags.includes('raises-exception')) {
          check(cell.errors.length > 0, `${name}: cell ${cell.index + 1} (tagged raises-exception) shows its error: ${cell.errors[0] ?? 'none'}`);
        } else if (cell.errors.length > 0 || cell.executionCount === null) {
          check(false, `${name}: cell ${cell.index + 1} ran without error: ${cell.errors[0] ?? 'did not run'}`);
        }
      }
      check(cells.every(c => c.executionCount !== null), `${name}: all ${cells.length} code cells ran`);
      await page.screenshot({ path: join(out, `lab-${name}-after-run-all.png`) });
      if (await answerQuiz(page, `${name} (trusted)`, join(out, `lab-${name}-quiz.png`))) quizzes++;
      if (path === themesFor) {
        await setTheme(page, 'JupyterLab Dark');
        await answerQuiz(page, `${name} (trusted, dark theme)`, join(out, `lab-${name}-quiz-dark.png`));
        await setTheme(page, 'JupyterLab Light');
      }
      await save(page);
      await closeAndShutDown(page);

      const copy = receivedCopy(root, path);
      await open(page, copy);
      const reopened = await codeCells(page);
      const quizCell = reopened.find(c => c.source.startsWith('%%quiz'));
      check(quizCell && quizCell.trusted === false, `${name}: the received copy opens untrusted`);
      if (await answerQuiz(page, `${name} (untrusted)`, join(out, `lab-${name}-quiz-untrusted.png`))) quizzes++;
      else check(false, `${name}: the untrusted copy shows the quiz`);
      if (path === themesFor) {
        await setTheme(page, 'JupyterLab Dark');
        await answerQuiz(page, `${name} (untrusted, dark theme)`, join(out, `lab-${name}-quiz-untrusted-dark.png`));
        await setTheme(page, 'JupyterLab Light');
      }
      await closeAndShutDown(page);
    });
  }
  return quizzes;
}
