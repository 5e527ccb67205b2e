import { Global, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { Environment, loadEnvironment } from './environment';

/** Validates the environment once at boot and provides it by its class; also the structured JSON logger. */
@Global()
@Module({
  imports: [
    LoggerModule.forRootAsync({
      useFactory: (environment: Environment) => ({
        pinoHttp: {
          level: environment.LOG_LEVEL,
          redact: ['req.headers.authorization', 'req.headers.cookie'],
          autoLogging: { ignore: (req) => /^\/(health|console\/assets)\//.test(req.url ?? '') },
          serializers: {
            req: (req: { method: string; url: string; id: unknown }) => ({
              id: req.id,
              method: req.method,
              url: req.url,
            }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
        },
      }),
      inject: [Environment],
    }),
  ],
  providers: [{ provide: Environment, useFactory: () => loadEnvironment() }],
  exports: [Environment],
})
export class ConfigModule {}
