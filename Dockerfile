# One image for both processes: `node dist/apps/api/src/main.js` or `node dist/apps/worker/src/main.js`.
# The API also serves the built web console (apps/web/dist) at /console.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm run build:web && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/apps/web/dist ./apps/web/dist
COPY --from=build /app/package.json /app/tsconfig.json ./
COPY --from=build /app/scripts/lib/register-aliases.js ./scripts/lib/register-aliases.js
USER node
CMD ["node", "-r", "./scripts/lib/register-aliases.js", "dist/apps/api/src/main.js"]
