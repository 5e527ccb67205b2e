import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Controller, Get, Logger, Module, Redirect } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ApiExcludeController } from '@nestjs/swagger';
import { Environment } from '@handover/config';
import { Public } from '../auth/auth.decorators';

/** Where the console is served; the API keeps its own paths at the root. */
export const WEB_CONSOLE_PATH = '/console';

@ApiExcludeController()
@Public()
@Controller()
export class RootRedirectController {
  /** A person who opens the server's address lands on the console. */
  @Get()
  @Redirect(`${WEB_CONSOLE_PATH}/`, 302)
  root(): void {}
}

/** Serves the built single-page console (apps/web) with a fallback to index.html for its client-side routes. */
@Module({
  imports: [
    ServeStaticModule.forRootAsync({
      inject: [Environment],
      useFactory: (environment: Environment) => {
        const rootPath = resolve(environment.WEB_CONSOLE_DIR ?? join(process.cwd(), 'apps', 'web', 'dist'));
        if (!existsSync(join(rootPath, 'index.html'))) {
          new Logger('WebConsole').warn(
            `No built web console in ${rootPath}; \`npm start\` builds it (or run \`npm run build:web\`).`,
          );
          return [];
        }
        return [{ rootPath, serveRoot: WEB_CONSOLE_PATH, serveStaticOptions: { index: 'index.html', maxAge: 0 } }];
      },
    }),
  ],
  controllers: [RootRedirectController],
})
export class WebConsoleModule {}
