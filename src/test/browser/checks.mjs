// Pass/fail bookkeeping for the browser test: every check prints one line, failures are
// collected so one broken feature does not hide the others.
const failures = [];

export function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
  return ok;
}

let failurePage = null;
let failureDir = null;

/** Where a failed scenario leaves a screenshot of the page as it was. */
export function screenshotFailuresOf(page, dir) {
  failurePage = page;
  failureDir = dir;
}

/** Runs one scenario; an exception (a wait that timed out, a missing element) fails it alone. */
export async function scenario(name, body) {
  console.log(`== ${name}`);
  try {
    await body();
  } catch (error) {
    check(false, `${name}: ${error.message.split('\n')[0]}`);
    if (failurePage) {
      const file = `FAILED-${name.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 60)}.png`;
      await failurePage.screenshot({ path: `${failureDir}/${file}` }).catch(() => {});
    }
  }
}

export function failureCount() {
  return failures.length;
}
