import { strict as assert } from 'node:assert';
import { stepCommandUri, STEPS, WALKTHROUGH_FULL_ID } from '../../../src/shared/walkthrough';

describe('walkthrough ids', () => {
  it('builds a command URI that opens the walkthrough on a step', () => {
    const uri = stepCommandUri(STEPS.pitfallRace);
    assert.ok(uri.startsWith('command:workbench.action.openWalkthrough?'));
    const args = JSON.parse(decodeURIComponent(uri.split('?')[1]));
    assert.deepEqual(args, [{ category: WALKTHROUGH_FULL_ID, step: 'pitfall-race' }]);
  });
});
