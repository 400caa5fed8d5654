# The service image: the worker and the intake run from it (different commands).
# Node 22, the current LTS (development here also runs on Node 20).
FROM node:22-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 (the insights store) builds from source where no prebuilt binary fits.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
ENV NODE_ENV=production
# The workflow bundle `npm run build` made: the worker loads it instead of running webpack at start.
ENV WORKFLOW_BUNDLE_PATH=/app/dist/workflow-bundle.js
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/package.json ./
COPY --from=build /app/sandbox/demo-seed.json ./sandbox/demo-seed.json
# Dead letters live in /data, the insights store in /insights: owned by the user the service runs
# as, so a new volume is writable.
RUN mkdir -p /data /insights && chown node:node /data /insights
USER node
# The intake's readiness (Temporal answers); services that serve no HTTP turn it off in compose.
HEALTHCHECK --interval=10s --timeout=5s --retries=6 CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.INTAKE_PORT || 3000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/worker/main.js"]
