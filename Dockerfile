# syntax=docker/dockerfile:1
# The operator image. The build stage runs exactly the commands CI runs (npm ci, then
# npm run build = tsc -p tsconfig.build.json, then vite build of the web console into dist/ui);
# the runtime stage holds production dependencies, dist/ (with the console's files), the built-in
# job templates and the CRDs, and runs as the non-root `node` user (uid 1000, the chart's
# runAsUser). See docs/operations.md, "The image".
#   docker build -t slurm-ml-operator:0.1.0 .
# BASE_IMAGE swaps the Node 24 base of both stages for an equivalent one (same Debian release,
# Node 24 on PATH with npm, a `node` user uid/gid 1000), e.g. a mirror of it or the test stack's
# locally built copy (scripts/stack/image.sh): --build-arg BASE_IMAGE=...

ARG BASE_IMAGE=node:24-bookworm-slim

FROM ${BASE_IMAGE} AS build
WORKDIR /src
ENV npm_config_update_notifier=false
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# The web console (Vite root web/; its pages import types from src/): built into dist/ui.
COPY web ./web
RUN npm run build

FROM ${BASE_IMAGE} AS runtime
LABEL org.opencontainers.image.title="slurm-ml-operator" \
      org.opencontainers.image.description="Kubernetes operator that runs ML training and prediction on Slurm" \
      org.opencontainers.image.licenses="Apache-2.0"
ENV NODE_ENV=production npm_config_update_notifier=false
WORKDIR /app
COPY package.json package-lock.json ./
# Production dependencies only; no install scripts run, and npm's cache does not stay in the image.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /src/dist ./dist
# Built-in job templates: src/templates/index.ts finds them at ../../templates from dist/templates/.
COPY templates ./templates
COPY crds ./crds
COPY LICENSE ./
# Everything above is owned by root and read-only for the operator.
USER 1000:1000
EXPOSE 8080
ENTRYPOINT ["node", "dist/main.js"]
