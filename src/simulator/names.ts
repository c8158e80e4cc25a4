/** Word lists for generated tenants: plausible, varied, and clearly fictional together. */

export const FIRST_NAMES: readonly string[] = [
  "Aaliyah", "Aaron", "Abigail", "Adrian", "Aisha", "Alejandro", "Alex", "Alice", "Amara", "Amelia",
  "Ana", "Andrei", "Anika", "Arjun", "Astrid", "Ben", "Bianca", "Bruno", "Camila", "Carlos",
  "Chen", "Chloe", "Chidi", "Clara", "Daniel", "Dara", "David", "Diego", "Dmitri", "Elena",
  "Eli", "Emeka", "Emma", "Eun-ji", "Farah", "Felix", "Fatima", "Gabriel", "Grace", "Hana",
  "Hannah", "Hiro", "Ibrahim", "Ines", "Isaac", "Isabella", "Ivan", "Jada", "James", "Javier",
  "Jin", "Johan", "Julia", "Kai", "Kamala", "Karim", "Kenji", "Laila", "Lars", "Leila",
  "Liam", "Lina", "Lucas", "Lucia", "Maya", "Mateo", "Mei", "Mohammed", "Nadia", "Naomi",
  "Nikhil", "Nina", "Noah", "Olga", "Oliver", "Omar", "Priya", "Rafael", "Rahul", "Rosa",
  "Sakura", "Samuel", "Sara", "Sebastian", "Sofia", "Soren", "Tariq", "Thandiwe", "Tomas", "Uma",
  "Valentina", "Victor", "Wei", "Xavier", "Yara", "Yusuf", "Zainab", "Zara", "Zhen", "Zoe",
];

export const LAST_NAMES: readonly string[] = [
  "Abara", "Adeyemi", "Alvarez", "Andersen", "Bauer", "Becker", "Bianchi", "Brennan", "Castillo", "Chen",
  "Costa", "Dahl", "Das", "Dubois", "Eriksen", "Esposito", "Fischer", "Fitzgerald", "Fontaine", "Garcia",
  "Gupta", "Haddad", "Hansen", "Hernandez", "Hoffmann", "Ibrahim", "Ivanova", "Jansen", "Jimenez", "Johansson",
  "Kaur", "Kim", "Kowalski", "Kruger", "Lambert", "Larsen", "Lee", "Lindqvist", "Lopez", "Mahmoud",
  "Martin", "Mendes", "Moreau", "Morales", "Murphy", "Nakamura", "Nguyen", "Novak", "Nowak", "Obi",
  "Okafor", "Olsen", "Ortiz", "Park", "Patel", "Petrov", "Pham", "Quinn", "Rahman", "Ramos",
  "Reddy", "Rossi", "Sato", "Schmidt", "Schneider", "Silva", "Singh", "Sokolov", "Suzuki", "Takahashi",
  "Tanaka", "Torres", "Tran", "Varga", "Vasquez", "Vogel", "Wagner", "Walsh", "Wang", "Weber",
  "Wilson", "Wong", "Wu", "Yamamoto", "Yilmaz", "Young", "Zhang", "Zhou", "Zielinski", "Zimmermann",
  "Achebe", "Bergstrom", "Carvalho", "Delgado", "Engel", "Ferreira", "Grant", "Holm", "Iyer", "Jovanovic",
];

export const DEPARTMENTS: readonly string[] = [
  "Engineering", "Platform", "SRE", "Security", "IT", "Finance", "Legal", "Sales", "Marketing", "Support",
  "Data", "Analytics", "Design", "Product", "QA", "Infrastructure", "Networking", "HR", "Recruiting", "Operations",
  "Mobile", "Payments", "Billing", "Compliance", "Research", "Partners", "Procurement", "Facilities", "DevRel", "Growth",
];

export const QUALIFIERS: readonly string[] = [
  "Admins", "Contractors", "On-call", "Leads", "EMEA", "APAC", "Americas", "Prod Access", "Staging Access", "Read-only",
  "Interns", "Vendors", "Break-glass", "Auditors", "Tier 1", "Tier 2", "Managers", "Berlin", "Austin", "Singapore",
];

export const IDP_SUFFIXES: readonly string[] = ["(Okta)", "(Entra ID)", "(Google)", "(JumpCloud)"];
