# Employee payroll with inheritance, super() and polymorphic pay calculation
class Employee:
    def __init__(self, name: str, emp_id: int):
        self.name = name
        self.emp_id = emp_id

    def monthly_pay(self) -> float:
        raise NotImplementedError

    def describe(self) -> str:
        return f"{type(self).__name__}#{self.emp_id} {self.name}: ${self.monthly_pay():,.2f}"


class SalariedEmployee(Employee):
    def __init__(self, name, emp_id, annual_salary: float):
        super().__init__(name, emp_id)
        self.annual_salary = annual_salary

    def monthly_pay(self):
        return round(self.annual_salary / 12, 2)


class HourlyEmployee(Employee):
    OVERTIME_RATE = 1.5

    def __init__(self, name, emp_id, hourly_rate: float, hours: float):
        super().__init__(name, emp_id)
        self.hourly_rate = hourly_rate
        self.hours = hours

    def monthly_pay(self):
        regular = min(self.hours, 160)
        overtime = max(self.hours - 160, 0)
        return regular * self.hourly_rate + overtime * self.hourly_rate * self.OVERTIME_RATE


class Manager(SalariedEmployee):
    def __init__(self, name, emp_id, annual_salary, bonus_pct: float):
        super().__init__(name, emp_id, annual_salary)
        self.bonus_pct = bonus_pct
        self.reports: list[Employee] = []

    def monthly_pay(self):
        base = super().monthly_pay()
        return round(base * (1 + self.bonus_pct / 100), 2)


staff = [
    SalariedEmployee("Dana", 1, 72000),
    HourlyEmployee("Eli", 2, 25.0, 172),
    HourlyEmployee("Fay", 3, 30.0, 120),
    Manager("Gus", 4, 96000, 15),
]
mgr = staff[3]
mgr.reports.extend(staff[:3])

for e in staff:
    print(e.describe())

total = sum(e.monthly_pay() for e in staff)
print(f"Total payroll: ${total:,.2f}")
print("Manager reports:", [r.name for r in mgr.reports])
print("Is Manager a SalariedEmployee?", isinstance(mgr, SalariedEmployee))
print("Is Eli salaried?", isinstance(staff[1], SalariedEmployee))
print("MRO:", [c.__name__ for c in Manager.__mro__])
by_type: dict[str, float] = {}
for e in staff:
    by_type[type(e).__name__] = by_type.get(type(e).__name__, 0) + e.monthly_pay()
print(by_type)
try:
    Employee("Nobody", 0).monthly_pay()
except NotImplementedError:
    print("Base Employee has no pay rule")
