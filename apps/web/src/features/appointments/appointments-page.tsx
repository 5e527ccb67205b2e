import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCurrentUser } from '../../auth/auth-context';
import { ProjectHeading } from '../../shared/project-heading';
import { useProject } from '../../shared/use-project';
import { AppointmentSlots } from './appointment-slots';
import { CreateSlotForm, mayBookAppointments } from './create-slot-form';

/** 预约 (project tab `appointments`): open-day and handover time slots with their seats, each slot's bookings (预约名单) with cancel. */
export function AppointmentsPage() {
  const { projectId = '' } = useParams();
  const { t } = useTranslation('appointments');
  const user = useCurrentUser();
  const timeZone = useProject(projectId).data?.timeZone;
  return (
    <>
      <ProjectHeading projectId={projectId} />
      {user.role === 'project_lead' && (
        <Card title={t('create.title')} size="small" style={{ marginBottom: 16 }}>
          <CreateSlotForm projectId={projectId} timeZone={timeZone} />
        </Card>
      )}
      <Card title={t('slots.title')} size="small" style={{ marginBottom: 16 }}>
        <AppointmentSlots projectId={projectId} timeZone={timeZone} mayBook={mayBookAppointments(user)} />
      </Card>
    </>
  );
}
