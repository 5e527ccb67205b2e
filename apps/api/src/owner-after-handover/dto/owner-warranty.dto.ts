import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { WARRANTY_COMPONENTS, type WarrantyComponent } from '@handover/domain';

const COMPONENTS: readonly string[] = WARRANTY_COMPONENTS;
const INSTANT = { strict: true, strictSeparator: true };

export class CreateOwnerWarrantyRequestDto {
  @ApiProperty({ enum: WARRANTY_COMPONENTS, description: '部位: the component of the quality guarantee' })
  @IsIn(COMPONENTS)
  component!: WarrantyComponent;
  @ApiProperty({ maxLength: 4000, description: 'what is wrong' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  description!: string;
}

export class RateOwnerWarrantyRequestDto {
  @ApiProperty({ minimum: 1, maximum: 5, description: 'stars for the repair' })
  @IsInt()
  @Min(1)
  @Max(5)
  rating!: number;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) comment?: string;
}

export class ProposeVisitWindowDto {
  @ApiProperty({ example: '2027-03-02T09:00:00+08:00', description: 'the window the owner is at home from' })
  @IsISO8601(INSTANT, { message: 'startsAt must be an ISO 8601 instant' })
  startsAt!: string;
  @ApiProperty({ example: '2027-03-02T12:00:00+08:00', description: 'until' })
  @IsISO8601(INSTANT, { message: 'endsAt must be an ISO 8601 instant' })
  endsAt!: string;
}

export class OwnerWarrantyPhotoDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['image/jpeg', 'image/png', 'image/webp'] }) contentType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() width!: number;
  @ApiProperty() height!: number;
  @ApiProperty({ description: 'the photo, under the owner route (the owner session is required)' }) url!: string;
}

export class OwnerWarrantyVisitDto {
  @ApiProperty() id!: string;
  @ApiProperty() startsAt!: string;
  @ApiProperty() endsAt!: string;
  @ApiProperty({ enum: ['scheduled', 'done', 'cancelled'] }) status!: string;
  @ApiProperty({ nullable: true, type: String, description: 'when the owner accepted this visit time' })
  ownerAcceptedAt!: string | null;
}

export class OwnerVisitWindowDto {
  @ApiProperty() id!: string;
  @ApiProperty() startsAt!: string;
  @ApiProperty() endsAt!: string;
  @ApiProperty() createdAt!: string;
}

export class OwnerWarrantyRequestDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: WARRANTY_COMPONENTS }) component!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: ['reported', 'visit_booked', 'repaired', 'closed'] }) status!: string;
  @ApiProperty() reportedAt!: string;
  @ApiProperty({ description: '交付日期 in the project time zone' }) handedOverOn!: string;
  @ApiProperty() warrantyYears!: number;
  @ApiProperty({ description: 'last day of the period for this component' }) coveredUntil!: string;
  @ApiProperty({ description: 'reported within the period (保修期内): a free repair; else a paid one' })
  inWarranty!: boolean;
  @ApiProperty({ nullable: true, type: String }) repairedAt!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: '1–5 stars, once the repair is rated' }) rating!:
    | number
    | null;
  @ApiProperty({ nullable: true, type: String }) ratingComment!: string | null;
  @ApiProperty({ nullable: true, type: String }) ratedAt!: string | null;
  @ApiProperty({ description: 'done and not rated yet' }) mayRate!: boolean;
  @ApiProperty({ type: [OwnerWarrantyPhotoDto] }) photos!: OwnerWarrantyPhotoDto[];
  @ApiProperty({ type: [OwnerWarrantyVisitDto], description: 'visits customer service arranged' })
  visits!: OwnerWarrantyVisitDto[];
  @ApiProperty({ type: [OwnerVisitWindowDto], description: 'times the owner proposed' })
  proposedWindows!: OwnerVisitWindowDto[];
}

export class OwnerWarrantyComponentDto {
  @ApiProperty({ enum: WARRANTY_COMPONENTS }) component!: string;
  @ApiProperty() years!: number;
  @ApiProperty({ description: "last day of this component's period for the unit" }) coveredUntil!: string;
  @ApiProperty({ description: 'today is within the period' }) inWarranty!: boolean;
}

export class OwnerWarrantyOverviewDto {
  @ApiProperty({ description: 'requests can be raised (the unit is handed over)' }) handedOver!: boolean;
  @ApiProperty({ example: 'Asia/Shanghai', description: "the project's time zone, for visit times" }) timeZone!: string;
  @ApiProperty({ nullable: true, type: String }) handedOverOn!: string | null;
  @ApiProperty({ type: [OwnerWarrantyComponentDto], description: "the project's components and periods" })
  components!: OwnerWarrantyComponentDto[];
  @ApiProperty({ type: [OwnerWarrantyRequestDto] }) items!: OwnerWarrantyRequestDto[];
}
