package jp.hikeshi.reporting.web;

import java.time.LocalDateTime;

import jp.hikeshi.reporting.Outsourcing;
import jp.hikeshi.reporting.PrivacyAssessmentView;
import jp.hikeshi.reporting.PrivacyFacts;
import jp.hikeshi.shared.DisplayZone;

import org.springframework.format.annotation.DateTimeFormat;

/** The APPI assessment as typed on the page; times are in the display zone. */
class AssessmentForm {

	private boolean personalInformation;

	private boolean sensitive;

	private boolean financial;

	private boolean myNumber;

	private boolean otherKinds;

	private Integer personsExact;

	private Integer personsMin;

	private Integer personsMax;

	private boolean unauthorisedPurpose;

	private boolean stronglyEncrypted;

	private Outsourcing outsourcing = Outsourcing.NONE;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime becameAwareAt;

	private String notes;

	private Integer revision;

	private String counterpartBody;

	private boolean jointReport;

	private boolean alsoChangeIncident;

	/** A first assessment starts from the incident's 知った時. */
	static AssessmentForm startingAt(java.time.Instant incidentBecameAwareAt, DisplayZone zone) {
		AssessmentForm f = new AssessmentForm();
		f.becameAwareAt = zone.toLocal(incidentBecameAwareAt);
		return f;
	}

	static AssessmentForm of(PrivacyAssessmentView view, DisplayZone zone) {
		AssessmentForm f = new AssessmentForm();
		PrivacyFacts p = view.facts();
		f.personalInformation = p.personalInformation();
		f.sensitive = p.sensitive();
		f.financial = p.financial();
		f.myNumber = p.myNumber();
		f.otherKinds = p.otherKinds();
		f.personsExact = p.personsExact();
		f.personsMin = p.personsMin();
		f.personsMax = p.personsMax();
		f.unauthorisedPurpose = p.unauthorisedPurpose();
		f.stronglyEncrypted = p.stronglyEncrypted();
		f.outsourcing = p.outsourcing();
		f.becameAwareAt = zone.toLocal(p.becameAwareAt());
		f.notes = p.notes();
		f.revision = view.revision();
		f.counterpartBody = p.counterpartBody();
		f.jointReport = p.jointReport();
		return f;
	}

	PrivacyFacts toFacts(DisplayZone zone) {
		return new PrivacyFacts(personalInformation, sensitive, financial, myNumber, otherKinds, personsExact,
				personsMin, personsMax, unauthorisedPurpose, stronglyEncrypted, outsourcing,
				zone.toInstant(becameAwareAt), notes, counterpartBody, jointReport, alsoChangeIncident);
	}

	public boolean isPersonalInformation() {
		return personalInformation;
	}

	public void setPersonalInformation(boolean v) {
		personalInformation = v;
	}

	public boolean isSensitive() {
		return sensitive;
	}

	public void setSensitive(boolean v) {
		sensitive = v;
	}

	public boolean isFinancial() {
		return financial;
	}

	public void setFinancial(boolean v) {
		financial = v;
	}

	public boolean isMyNumber() {
		return myNumber;
	}

	public void setMyNumber(boolean v) {
		myNumber = v;
	}

	public boolean isOtherKinds() {
		return otherKinds;
	}

	public void setOtherKinds(boolean v) {
		otherKinds = v;
	}

	public Integer getPersonsExact() {
		return personsExact;
	}

	public void setPersonsExact(Integer v) {
		personsExact = v;
	}

	public Integer getPersonsMin() {
		return personsMin;
	}

	public void setPersonsMin(Integer v) {
		personsMin = v;
	}

	public Integer getPersonsMax() {
		return personsMax;
	}

	public void setPersonsMax(Integer v) {
		personsMax = v;
	}

	public boolean isUnauthorisedPurpose() {
		return unauthorisedPurpose;
	}

	public void setUnauthorisedPurpose(boolean v) {
		unauthorisedPurpose = v;
	}

	public boolean isStronglyEncrypted() {
		return stronglyEncrypted;
	}

	public void setStronglyEncrypted(boolean v) {
		stronglyEncrypted = v;
	}

	public Outsourcing getOutsourcing() {
		return outsourcing;
	}

	public void setOutsourcing(Outsourcing v) {
		outsourcing = v;
	}

	public LocalDateTime getBecameAwareAt() {
		return becameAwareAt;
	}

	public void setBecameAwareAt(LocalDateTime v) {
		becameAwareAt = v;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String v) {
		notes = v;
	}

	public Integer getRevision() {
		return revision;
	}

	public void setRevision(Integer v) {
		revision = v;
	}

	public String getCounterpartBody() {
		return counterpartBody;
	}

	public void setCounterpartBody(String v) {
		counterpartBody = v;
	}

	public boolean isJointReport() {
		return jointReport;
	}

	public void setJointReport(boolean v) {
		jointReport = v;
	}

	public boolean isAlsoChangeIncident() {
		return alsoChangeIncident;
	}

	public void setAlsoChangeIncident(boolean v) {
		alsoChangeIncident = v;
	}

}
