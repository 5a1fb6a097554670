/**
 * Finds the tests and hooks that would lean on Vitest's default time limit
 * although they start a process, a browser or a build: on a busy 2-core CI
 * machine those are the ones that time out, so each must say how long it may
 * take. Read with TypeScript's parser (the project's own devDependency), not
 * with regular expressions, so a call split over lines is read as one.
 */
import ts from "typescript";

/** What makes a test file slow enough to need explicit limits: it starts processes, browsers, servers or builds. */
export const SLOW_WORK =
  /\b(runScript|runCheckCommand|execFile|execFileSync|spawn|launchBrowser|startBuild|runStages|serveDirectory|validateHtml|buildSite|renderBrochure|buildKit)\b/;

const TESTS = /^(it|test)(\.(each|concurrent|sequential|only|skip|skipIf|runIf|fails))*$/;
const HOOKS = /^(beforeAll|afterAll|beforeEach|afterEach)$/;
const SUITES = /^describe(\.(each|concurrent|sequential|only|skip|skipIf|runIf))*$/;

/** The callee's name without the argument lists of `it.each(table)` or `it.skipIf(cond)`: "it.each". */
function calleeName(call: ts.CallExpression, sf: ts.SourceFile): string {
  let callee: ts.Expression = call.expression;
  while (ts.isCallExpression(callee)) callee = callee.expression;
  return callee.getText(sf).replace(/\s+/g, "");
}

/** A time limit among the arguments: a number (`it(name, fn, 60_000)`), a named constant, or `{ timeout }`. */
function hasLimit(call: ts.CallExpression, sf: ts.SourceFile): boolean {
  return call.arguments.some(
    (a) =>
      ts.isNumericLiteral(a) ||
      (ts.isIdentifier(a) && /^[A-Z][A-Z0-9_]*$/.test(a.text)) ||
      (ts.isObjectLiteralExpression(a) && a.properties.some((p) => p.name?.getText(sf) === "timeout")),
  );
}

/**
 * The tests and hooks of one test file that have no time limit of their own
 * nor (tests only) from an enclosing `describe(name, { timeout }, …)`, as "line: callee".
 * Only asynchronous tests count (a synchronous one cannot wait on anything);
 * every hook counts. Input: a file whose `it("x", async () => { await runScript(…) })`
 * is on line 12 → ["12: it"].
 */
export function testsWithoutLimit(fileName: string, text: string): string[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node, limited: boolean) => {
    let inner = limited;
    if (ts.isCallExpression(node)) {
      const name = calleeName(node, sf);
      const own = hasLimit(node, sf);
      if (SUITES.test(name)) inner = limited || own;
      // A describe's timeout covers its tests, not its hooks (those take hookTimeout): a hook needs its own.
      else if (!own && (HOOKS.test(name) || (!limited && TESTS.test(name) && isAsyncTest(node)))) {
        found.push(`${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}: ${name}`);
      }
    }
    ts.forEachChild(node, (child) => visit(child, inner));
  };
  visit(sf, false);
  return found;
}

function isAsyncTest(call: ts.CallExpression): boolean {
  return call.arguments.some(
    (a) =>
      (ts.isArrowFunction(a) || ts.isFunctionExpression(a)) &&
      (a.modifiers ?? []).some((m) => m.kind === ts.SyntaxKind.AsyncKeyword),
  );
}
