/**
 * POST /slack/interactions: the approve / reject buttons of a review notice, clicked in Slack. The
 * request is verified with SLACK_SIGNING_SECRET over its exact bytes (401 otherwise), then decides
 * through the same ReviewService, and so the same validated Update, as the page and the CLI; the
 * reviewer recorded is the Slack user who clicked. Slack expects an answer within three seconds and
 * ignores its body: the outcome is posted back to the message's response_url. Off (404) without the
 * secret.
 */
import axios from 'axios';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseReviewClick, slackSignatureValid, type ReviewClick } from '../integrations/notifier/slackInteractions';
import { ReviewError } from '../services/review/reviewErrors';
import type { ReviewService } from '../services/review/reviewService';

export interface SlackRouteDeps {
  signingSecret: string | null;
  reviewService: ReviewService | undefined;
  /** Clock (tests). */
  now?: () => number;
}

export function registerSlackRoutes(app: FastifyInstance, deps: SlackRouteDeps): void {
  void app.register(async (scope) => {
    // The signature covers the exact bytes: keep the body as text, read the form ourselves.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) => done(null, body));
    scope.post('/slack/interactions', async (req, reply) => {
      if (!deps.signingSecret || !deps.reviewService) return reply.code(404).send({ error: 'not_found', message: 'Slack buttons are off: set SLACK_SIGNING_SECRET to enable them' });
      const raw = typeof req.body === 'string' ? req.body : '';
      const signed = slackSignatureValid(deps.signingSecret, { timestamp: req.headers['x-slack-request-timestamp'], signature: req.headers['x-slack-signature'] }, raw, deps.now?.() ?? Date.now());
      if (!signed) return reply.code(401).send({ error: 'unauthorized', message: 'not signed by Slack with this app\'s signing secret, or older than five minutes' });
      const click = parseReviewClick(new URLSearchParams(raw).get('payload'));
      if ('error' in click) return reply.code(400).send({ error: 'bad_request', message: click.error });
      return decide(req, reply, deps.reviewService, click);
    });
  });
}

async function decide(req: FastifyRequest, reply: FastifyReply, service: ReviewService, click: ReviewClick): Promise<FastifyReply> {
  let text: string;
  try {
    const review = await service.decide(click.callId, {
      decision: click.decision,
      reviewer: click.reviewer,
      comment: click.decision === 'reject' ? 'Rejected from Slack' : 'Approved from Slack',
      reviewId: click.reviewId,
    });
    text = `Call ${click.callId} ${review.status} by ${click.reviewer}.`;
  } catch (err) {
    if (!(err instanceof ReviewError) || err.code === 'temporal_unavailable') throw err;
    text = `Call ${click.callId}: ${err.message}`;
  }
  if (click.responseUrl) {
    // The message updates in place; a lost update leaves the buttons, and a second click gets "already decided".
    await axios.post(click.responseUrl, { replace_original: true, text }, { timeout: 2500 }).catch((err: unknown) => req.log.warn({ err }, 'slack response_url did not take the update'));
  }
  return reply.code(200).send({ text });
}
