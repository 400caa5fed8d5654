/** `/readyz` asks the real Temporal server (the dev server of the suite) within its deadline. */
import { useStack } from '../helpers/suiteStack';

const stack = useStack();

it('the intake is ready while Temporal answers', async () => {
  const res = await fetch(`${stack().intakeUrl}/readyz`);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ status: 'ready' });
});
