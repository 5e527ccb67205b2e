/**
 * The NestJS candidates of `npm run bench:floor` (bench/framework-floor.bench.ts): the least a NestJS app can do for
 * the baseline's record intake (bench/baseline/server.ts) with the framework pieces the product's write endpoints all
 * go through — one POST controller route, a global ValidationPipe (whitelist + forbidNonWhitelisted) on a
 * class-validator DTO `{unitId, description}`, a guard verifying an HS256 JWT from `Authorization: Bearer` with
 * @nestjs/jwt, and the baseline's single INSERT into its table. No authorization, no audit row, no user lookup.
 *
 * Run on its own: `DATABASE_URL=… JWT_SECRET=… PORT=3101 npx ts-node --transpile-only bench/support/nest-floor-server.ts`.
 * Env: DATABASE_URL, JWT_SECRET (required); PORT (0: any free port); POOL_SIZE (20, the product's and the baseline's);
 * FLOOR_PLATFORM (express | fastify: @nestjs/platform-express or -fastify); FLOOR_DB (pg: the INSERT through a `pg`
 * Pool | typeorm: through `dataSource.transaction(manager => manager.query(…))` | step: instead of the INSERT, the
 * guarded step of bench/support/floor-step.ts, its unit read first); FLOOR_LOG_FILE (unset: no request
 * log; a path: nestjs-pino's LoggerModule writes one line per request there, as the product logs, synchronously).
 * The table must exist (bench/baseline/table.ts). Prints `nest floor listening on <url>`.
 */
import 'reflect-metadata';
import { createSecretKey, randomUUID, type KeyObject } from 'node:crypto';
import {
  Body,
  CanActivate,
  Controller,
  ExecutionContext,
  Get,
  Inject,
  Injectable,
  Module,
  NotFoundException,
  Post,
  UnauthorizedException,
  UseGuards,
  ValidationPipe,
  type DynamicModule,
  type INestApplication,
  type Provider,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JwtModule, JwtService } from '@nestjs/jwt';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Logger, LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { BASELINE_TABLE } from '../baseline/table';
import { recordStep } from './floor-step';

const INSERT_DEFECT = `INSERT INTO ${BASELINE_TABLE} (unit_id, description) VALUES ($1, $2)
  RETURNING id, unit_id, description, created_at`;

interface DefectRow {
  id: string;
  unit_id: string;
  description: string;
  created_at: Date;
}

/** The baseline's body schema as a DTO: a UUID and a text of 1–4000 characters, nothing else. */
class CreateDefectDto {
  @IsUUID()
  unitId!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  description!: string;
}

/** Writes one defect row and returns it: through a `pg` Pool or through TypeORM, by FLOOR_DB. */
interface DefectWriter {
  insert(unitId: string, description: string): Promise<DefectRow>;
}
const DEFECT_WRITER = Symbol('DefectWriter');
const JWT_KEY = Symbol('JwtKey');

/**
 * Verifies the bearer token, HS256 only. The secret is a KeyObject made once, as the product's TokenService does
 * (apps/api/src/auth/token.service.ts): given the string, jsonwebtoken first tries it as a PEM key on every request.
 */
@Injectable()
class BearerTokenGuard implements CanActivate {
  constructor(
    @Inject(JwtService) private readonly jwt: JwtService,
    @Inject(JWT_KEY) private readonly key: KeyObject,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const header = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>()
      .headers.authorization;
    if (!header?.startsWith('Bearer ')) throw new UnauthorizedException();
    try {
      this.jwt.verify(header.slice('Bearer '.length), {
        // @nestjs/jwt types the secret as string | Buffer and hands it to jsonwebtoken, which takes a KeyObject
        secret: this.key as unknown as Buffer,
        algorithms: ['HS256'],
      });
      return true;
    } catch {
      throw new UnauthorizedException();
    }
  }
}

@Controller('defects')
class DefectsController {
  constructor(@Inject(DEFECT_WRITER) private readonly writer: DefectWriter) {}

  @Post()
  @UseGuards(BearerTokenGuard)
  async create(@Body() body: CreateDefectDto) {
    const row = await this.writer.insert(body.unitId, body.description);
    return { id: row.id, unitId: row.unit_id, description: row.description, createdAt: row.created_at.toISOString() };
  }
}

@Controller('health')
class HealthController {
  @Get()
  health() {
    return { status: 'ok' };
  }
}

function pgWriter(connectionString: string, poolSize: number): DefectWriter {
  const pool = new Pool({ connectionString, max: poolSize });
  return {
    insert: async (unitId, description) => (await pool.query<DefectRow>(INSERT_DEFECT, [unitId, description])).rows[0],
  };
}

/** The guarded step of bench/support/floor-step.ts (the unit read, then its change, event and audit entry). */
function pgStepWriter(connectionString: string, poolSize: number): DefectWriter {
  const pool = new Pool({ connectionString, max: poolSize });
  const actorId = randomUUID();
  const projectId = randomUUID();
  return {
    insert: async (unitId, description) => {
      const row = await recordStep(pool, { unitId, description, actorId, projectId, readFirst: true });
      if (!row) throw new NotFoundException();
      return row;
    },
  };
}

async function typeormWriter(url: string, poolSize: number): Promise<DefectWriter> {
  const dataSource = await new DataSource({
    type: 'postgres',
    url,
    synchronize: false,
    extra: { max: poolSize },
  }).initialize();
  return {
    insert: async (unitId, description) => {
      const rows: DefectRow[] = await dataSource.transaction((manager) =>
        manager.query(INSERT_DEFECT, [unitId, description]),
      );
      return rows[0];
    },
  };
}

/** One line per request, with the product's serializers and redaction (libs/config/src/nest.ts). */
function requestLogger(file: string): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: [
      {
        level: 'info',
        redact: ['req.headers.authorization', 'req.headers.cookie'],
        serializers: {
          req: (req: { method: string; url: string; id: unknown }) => ({
            id: req.id,
            method: req.method,
            url: req.url,
          }),
          res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        },
      },
      pino.destination({ dest: file, sync: true }),
    ],
  });
}

interface FloorOptions {
  databaseUrl: string;
  jwtSecret: string;
  poolSize: number;
  platform: 'express' | 'fastify';
  db: 'pg' | 'typeorm' | 'step';
  logFile?: string;
}

function floorModule(options: FloorOptions, writer: DefectWriter): DynamicModule {
  const providers: Provider[] = [
    { provide: DEFECT_WRITER, useValue: writer },
    { provide: JWT_KEY, useValue: createSecretKey(Buffer.from(options.jwtSecret, 'utf8')) },
    BearerTokenGuard,
  ];
  @Module({})
  class NestFloorModule {}
  return {
    module: NestFloorModule,
    imports: [JwtModule.register({}), ...(options.logFile ? [requestLogger(options.logFile)] : [])],
    controllers: [DefectsController, HealthController],
    providers,
  };
}

async function createApp(options: FloorOptions): Promise<INestApplication> {
  const writer =
    options.db === 'typeorm'
      ? await typeormWriter(options.databaseUrl, options.poolSize)
      : options.db === 'step'
        ? pgStepWriter(options.databaseUrl, options.poolSize)
        : pgWriter(options.databaseUrl, options.poolSize);
  const module = floorModule(options, writer);
  const logging = options.logFile ? { bufferLogs: true } : { logger: ['error' as const, 'warn' as const] };
  const app =
    options.platform === 'fastify'
      ? await NestFactory.create(module, new FastifyAdapter(), logging)
      : await NestFactory.create(module, logging);
  if (options.logFile) app.useLogger(app.get(Logger));
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true }));
  return app;
}

function optionsFromEnv(): FloorOptions {
  const { DATABASE_URL, JWT_SECRET, FLOOR_PLATFORM = 'express', FLOOR_DB = 'pg' } = process.env;
  if (!DATABASE_URL || !JWT_SECRET) throw new Error('DATABASE_URL and JWT_SECRET are required');
  if (FLOOR_PLATFORM !== 'express' && FLOOR_PLATFORM !== 'fastify')
    throw new Error(`FLOOR_PLATFORM ${FLOOR_PLATFORM}?`);
  if (FLOOR_DB !== 'pg' && FLOOR_DB !== 'typeorm' && FLOOR_DB !== 'step') throw new Error(`FLOOR_DB ${FLOOR_DB}?`);
  return {
    databaseUrl: DATABASE_URL,
    jwtSecret: JWT_SECRET,
    poolSize: Number(process.env.POOL_SIZE ?? 20),
    platform: FLOOR_PLATFORM,
    db: FLOOR_DB,
    logFile: process.env.FLOOR_LOG_FILE || undefined,
  };
}

async function main(): Promise<void> {
  const app = await createApp(optionsFromEnv());
  await app.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
  console.log(`nest floor listening on ${await app.getUrl()}`);
  const stop = () => void app.close().finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
