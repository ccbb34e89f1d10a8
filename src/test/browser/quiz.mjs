// Clicking a quiz as a student does: a wrong choice, then the right one; each must show its
// feedback, readable against what is behind it, whatever the theme and the trust.
import { check } from './checks.mjs';
import { contrastOf } from './contrast.mjs';

const READABLE = 4.5;   // WCAG AA for normal text

/** Answers the first multiple-choice quiz on the page; returns false when there is none. */
export async function answerQuiz(page, label, screenshot) {
  const quiz = page.locator('.lq:has(details.lq-wrong)').filter({ visible: true }).first();
  if (await quiz.count() === 0) return false;
  await quiz.scrollIntoViewIfNeeded();
  // answered before (another theme): close the open choices first, as a student would
  const openChoices = quiz.locator('details.lq-choice[open]');
  while (await openChoices.count() > 0) {
    const before = await openChoices.count();
    await openChoices.first().locator(':scope > summary').click();
    await page.waitForFunction(([q, n]) => q.querySelectorAll('details.lq-choice[open]').length < n,
      [await quiz.elementHandle(), before]);
  }
  check(!(await quiz.innerText()).includes('.lq{'), `${label}: the quiz shows no CSS as text`);
  await quiz.locator('details.lq-wrong > summary').first().click();
  const wrong = quiz.locator('details.lq-wrong[open] .lq-feedback').first();
  await wrong.waitFor();
  check((await wrong.innerText()).includes('Not quite'), `${label}: a wrong choice says "Not quite"`);
  await quiz.locator('details.lq-right > summary').first().click();
  const right = quiz.locator('details.lq-right[open] .lq-feedback').first();
  await right.waitFor();
  check((await right.innerText()).includes('Right'), `${label}: the right choice says "Right": ${(await right.innerText()).trim()}`);
  for (const [what, locator] of [['prompt', quiz.locator('.lq-prompt')], ['wrong feedback', wrong],
    ['right feedback', right], ['right choice', quiz.locator('details.lq-right[open] > summary').first()]]) {
    const contrast = await locator.first().evaluate(contrastOf);
    check(contrast.ratio >= READABLE,
      `${label}: ${what} is readable (contrast ${contrast.ratio}:1, ${contrast.text} on ${contrast.background})`);
  }
  await quiz.screenshot({ path: screenshot });
  return true;
}
