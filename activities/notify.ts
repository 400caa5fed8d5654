/** Notices to people (escalations, due follow-ups), through the one notifier module. */
import { Context } from '@temporalio/activity';
import type { Notice, Notifier } from '../integrations/notifier/webhookNotifier';

export function createNotifyActivities(notifier: Notifier) {
  return {
    async notify(notice: Notice): Promise<'sent' | 'logged'> {
      const info = Context.current().info;
      // Same key on every retry of this activity: receivers can drop the duplicate.
      return notifier.send(notice, `${info.workflowExecution?.workflowId ?? info.activityType}:${info.activityId}`);
    },
  };
}
