package app.rapport.arch.bad.service.cooperation;

/** The matrix under a second name below the UI: FeatureNamesTest must notice. */
public class CooperationService {
}
