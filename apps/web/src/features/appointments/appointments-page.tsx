import { Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCurrentUser } from '../../auth/auth-context';
import { ProjectHeading } from '../../shared/project-heading';
import { useProject } from '../../shared/use-project';
import { AppointmentSlots, BookingsMade, type BookingMade } from './appointment-slots';
import { CreateSlotForm, mayBookAppointments } from './create-slot-form';

/** 预约 (project tab `appointments`): open-day and handover time slots with their seats, bookings per unit. */
export function AppointmentsPage() {
  const { projectId = '' } = useParams();
  const { t } = useTranslation('appointments');
  const user = useCurrentUser();
  const timeZone = useProject(projectId).data?.timeZone;
  const [made, setMade] = useState<BookingMade[]>([]);
  const replace = (booking: BookingMade) =>
    setMade((list) => [booking, ...list.filter((other) => other.id !== booking.id)]);
  return (
    <>
      <ProjectHeading projectId={projectId} />
      {user.role === 'project_lead' && (
        <Card title={t('create.title')} size="small" style={{ marginBottom: 16 }}>
          <CreateSlotForm projectId={projectId} timeZone={timeZone} />
        </Card>
      )}
      <Card title={t('slots.title')} size="small" style={{ marginBottom: 16 }}>
        <AppointmentSlots
          projectId={projectId}
          timeZone={timeZone}
          mayBook={mayBookAppointments(user)}
          onBooked={replace}
        />
      </Card>
      {made.length > 0 && (
        <Card title={t('bookings.title')} size="small" style={{ marginBottom: 16 }}>
          <BookingsMade projectId={projectId} bookings={made} timeZone={timeZone} onCancelled={replace} />
        </Card>
      )}
    </>
  );
}
