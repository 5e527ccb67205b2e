import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { KEY_HOLDERS, KEY_KINDS, type KeyHolder, type KeyKind } from '@handover/database';
import { PageQueryDto } from '../../common/page.dto';

export class NewKeyDto {
  @ApiProperty({ enum: KEY_KINDS }) @IsIn(KEY_KINDS) kind!: KeyKind;

  @ApiProperty({
    example: '3#-1-1201-户门-1',
    description: 'the label on the key tag, unique within the project',
    maxLength: 100,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  label!: string;
}

/** 钥匙登记: the keys of one unit, or of public rooms when unitId is left out. */
export class RegisterKeysDto {
  @ApiPropertyOptional({
    description: 'the unit the keys open; leave out for public rooms (equipment room, management room, ...)',
  })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiProperty({ type: [NewKeyDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => NewKeyDto)
  keys!: NewKeyDto[];

  @ApiPropertyOptional({
    enum: ['contractor', 'property'],
    default: 'contractor',
    description: 'property: registered after the property transfer',
  })
  @IsOptional()
  @IsIn(['contractor', 'property'])
  holder?: 'contractor' | 'property';
}

/** 钥匙移交: keys move from the general contractor to the property company at the property transfer. */
export class TransferKeysDto {
  @ApiProperty({ type: [String], description: 'keys now with the contractor, up to 500 at a time' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  keyIds!: string[];
}

/** 钥匙借用: after the transfer a contractor may borrow a key, to be returned the same day. */
export class LendKeyDto {
  @ApiProperty({ example: '总包 王师傅 (水电)', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  borrower!: string;
  @ApiPropertyOptional({ maxLength: 1000 }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class ReturnKeyDto {
  @ApiPropertyOptional({ maxLength: 1000 }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

/** 钥匙委托书: the owner leaves a key with the property company for repairs. */
export class EntrustKeyDto {
  @ApiProperty({ example: 'WT-2027-0031', description: 'number of the key entrustment letter', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  letterNo!: string;

  @ApiPropertyOptional({ maxLength: 1000 }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

/** The entrusted key goes back to the owner against the letter it was left with. */
export class ReturnEntrustedKeyDto {
  @ApiProperty({ example: 'WT-2027-0031', maxLength: 100 }) @IsString() @IsNotEmpty() @MaxLength(100) letterNo!: string;
  @ApiPropertyOptional({ maxLength: 1000 }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class ListKeysQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ enum: KEY_HOLDERS }) @IsOptional() @IsIn(KEY_HOLDERS) holder?: KeyHolder;
  @ApiPropertyOptional({ enum: KEY_KINDS }) @IsOptional() @IsIn(KEY_KINDS) kind?: KeyKind;
}
