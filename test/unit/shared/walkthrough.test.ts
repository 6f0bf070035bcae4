import { strict as assert } from 'node:assert';
import { stepCommandUri, stepFromHandlerUri, stepHandlerUri, STEPS, WALKTHROUGH_FULL_ID } from '../../../src/shared/walkthrough';

describe('walkthrough ids', () => {
  it('builds a command URI that opens the walkthrough on a step', () => {
    const uri = stepCommandUri(STEPS.pitfallRace);
    assert.ok(uri.startsWith('command:workbench.action.openWalkthrough?'));
    const args = JSON.parse(decodeURIComponent(uri.split('?')[1]));
    assert.deepEqual(args, [{ category: WALKTHROUGH_FULL_ID, step: 'pitfall-race' }]);
  });

  it('builds a link for the URI handler and reads the step back from it', () => {
    const uri = new URL(stepHandlerUri('vscode', STEPS.practiceLocks));
    assert.equal(uri.href, 'vscode://gil-lab.gil-lab/walkthrough?step=practice-locks');
    assert.equal(stepFromHandlerUri(uri.pathname, uri.search.slice(1)), 'practice-locks');
  });

  it('reads no step from a link for another path, an unknown step or none', () => {
    assert.equal(stepFromHandlerUri('/walkthrough', 'step=no-such-step'), undefined);
    assert.equal(stepFromHandlerUri('/walkthrough', ''), undefined);
    assert.equal(stepFromHandlerUri('/elsewhere', 'step=pitfall-race'), undefined);
    assert.equal(stepFromHandlerUri('/walkthrough', 'step=pitfall-race&x=1'), 'pitfall-race');
  });
});
