import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Controller, Get, Logger, Module, Redirect } from '@nestjs/common';
import { ServeStaticModule, type ServeStaticModuleOptions } from '@nestjs/serve-static';
import { ApiExcludeController } from '@nestjs/swagger';
import { Environment } from '@handover/config';
import { Public } from '../auth/auth.decorators';

/** Where the console is served; the API keeps its own paths at the root. */
export const WEB_CONSOLE_PATH = '/console';
/** Where the owner app (业主端 H5, apps/web/h5) is served; its API is under /owner. */
export const OWNER_APP_PATH = '/h5';

@ApiExcludeController()
@Public()
@Controller()
export class RootRedirectController {
  /** A person who opens the server's address lands on the console. */
  @Get()
  @Redirect(`${WEB_CONSOLE_PATH}/`, 302)
  root(): void {}
}

/** A built single-page app served at `serveRoot`, with a fallback to its index.html for its client-side routes. */
function singlePageApp(name: string, rootPath: string, serveRoot: string): ServeStaticModuleOptions[] {
  if (!existsSync(join(rootPath, 'index.html'))) {
    new Logger('WebConsole').warn(
      `No built ${name} in ${rootPath}; \`npm start\` builds it (or run \`npm run build:web\`).`,
    );
    return [];
  }
  return [{ rootPath, serveRoot, serveStaticOptions: { index: 'index.html', maxAge: 0 } }];
}

/** Serves the built console (apps/web) at /console and the owner app (apps/web/h5) at /h5. */
@Module({
  imports: [
    ServeStaticModule.forRootAsync({
      inject: [Environment],
      useFactory: (environment: Environment) => [
        ...singlePageApp(
          'web console',
          resolve(environment.WEB_CONSOLE_DIR ?? join(process.cwd(), 'apps', 'web', 'dist')),
          WEB_CONSOLE_PATH,
        ),
        ...singlePageApp(
          'owner app',
          resolve(environment.WEB_OWNER_APP_DIR ?? join(process.cwd(), 'apps', 'web', 'h5', 'dist')),
          OWNER_APP_PATH,
        ),
      ],
    }),
  ],
  controllers: [RootRedirectController],
})
export class WebConsoleModule {}
