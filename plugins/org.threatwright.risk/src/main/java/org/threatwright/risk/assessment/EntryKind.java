package org.threatwright.risk.assessment;

import org.threatwright.model.Exposure;
import org.threatwright.risk.feasibility.AttackPotential.Equipment;
import org.threatwright.risk.feasibility.AttackPotential.Window;
import org.threatwright.risk.feasibility.AttackVector;

/**
 * How an attacker gets in where an attack path starts (the entry points of the attack graph), with what that kind
 * of access means for the attack-potential factors it decides (window of opportunity, equipment) and the CVSS
 * attack vector.
 */
public enum EntryKind {
	/** An interface exposed to the internet: reachable from anywhere, any time, with a computer. */
	INTERNET("internet interface", Window.UNLIMITED, Equipment.STANDARD, AttackVector.NETWORK),
	/** An external entity (a user, a partner system): the attacker is it or impersonates it, remotely. */
	EXTERNAL_ENTITY("external entity", Window.EASY, Equipment.STANDARD, AttackVector.NETWORK),
	/** A radio interface: the attacker has to be in range and needs a radio (e.g. a software-defined radio). */
	ADJACENT_RADIO("radio interface", Window.MODERATE, Equipment.SPECIALIZED, AttackVector.ADJACENT),
	/** A physical interface: the attacker needs the device in hand and tools such as a debug probe. */
	PHYSICAL_ACCESS("physical interface", Window.DIFFICULT, Equipment.SPECIALIZED, AttackVector.PHYSICAL);

	private final String label;
	private final Window window;
	private final Equipment equipment;
	private final AttackVector attackVector;

	EntryKind(String label, Window window, Equipment equipment, AttackVector attackVector) {
		this.label = label;
		this.window = window;
		this.equipment = equipment;
		this.attackVector = attackVector;
	}

	public String label() {
		return label;
	}

	public Window window() {
		return window;
	}

	public Equipment equipment() {
		return equipment;
	}

	public AttackVector attackVector() {
		return attackVector;
	}

	/** The kind of an interface exposure, or null when it is no entry (internal, local network, unknown). */
	static EntryKind of(Exposure exposure) {
		return switch (exposure) {
			case INTERNET -> INTERNET;
			case ADJACENT_RADIO -> ADJACENT_RADIO;
			case PHYSICAL_ACCESS -> PHYSICAL_ACCESS;
			default -> null;
		};
	}
}
