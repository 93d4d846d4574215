"""Partnership with leader schools: partners, agreements, support plans, joint events, criteria."""
