// Notebook 7 (the classic-looking frontend built on JupyterLab): one lesson, Run All, a quiz.
import { basename, join } from 'node:path';
import { check, scenario } from './checks.mjs';
import { codeCells, kernelIdle, menu, runAllFinished } from './jupyter-page.mjs';
import { answerQuiz } from './quiz.mjs';

export async function notebook7(page, { url, token, out, lesson }) {
  const name = basename(lesson, '.ipynb');
  await scenario(`Notebook 7: ${name}, Run All and the quiz`, async () => {
    await page.goto(`${url}/notebooks/${lesson}?token=${token}`);
    await kernelIdle(page);
    await menu(page, 'Run', 'Run All Cells');
    await runAllFinished(page);
    const failed = (await codeCells(page)).filter(c => !c.tags.includes('raises-exception') && c.errors.length > 0);
    check(failed.length === 0, `Notebook 7: ${name} ran without unexpected errors${failed.length ? ': ' + failed[0].errors[0] : ''}`);
    await page.screenshot({ path: join(out, `nb7-${name}-after-run-all.png`) });
    check(await answerQuiz(page, `Notebook 7: ${name}`, join(out, `nb7-${name}-quiz.png`)), `Notebook 7: ${name} has a quiz to click`);
    await page.evaluate(async () => { await window.jupyterapp.shell.currentWidget.sessionContext.shutdown(); });
  });
}
