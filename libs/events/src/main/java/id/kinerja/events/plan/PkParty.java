package id.kinerja.events.plan;

/** A party to a Perjanjian Kinerja: the signer (pihak pertama) or counter-signer (pihak kedua). */
public record PkParty(String nip, String name, String position, String rank) {
}
