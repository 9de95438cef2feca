//! Properties over generated plans: the store's text gives back the plan it was written from,
//! setting done and back is the identity, and any operations are undone exactly by their
//! inverses.

#[path = "support/ops_gen.rs"]
mod ops_gen;
#[path = "support/plan_gen.rs"]
mod plan_gen;

use std::path::Path;

use jalons::domain::{Op, Status, apply};
use jalons::store;
use ops_gen::ops_for;
use plan_gen::{day, pick, plan};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_plan_survives_the_store_text(plan in plan()) {
        let bytes = store::to_bytes(&plan);
        prop_assert_eq!(bytes.last(), Some(&b'\n'));
        let back = store::parse(Path::new("x.json"), &bytes);
        prop_assert!(back.is_ok(), "{}", back.unwrap_err());
        prop_assert_eq!(back.unwrap(), plan);
    }

    #[test]
    fn setting_done_then_back_is_the_identity(
        plan in plan(),
        n in any::<usize>(),
        on in day(),
    ) {
        prop_assume!(!plan.actions.is_empty());
        let action = pick(&plan.actions, n);
        let (id, original) = (action.id.clone(), action.status);
        let mut changed = plan.clone();
        let inverse = apply(&mut changed, &Op::SetActionStatus {
            id: id.clone(),
            status: Status::Done { on },
        }).unwrap();
        let mut undone = changed.clone();
        apply(&mut changed, &Op::SetActionStatus { id, status: original }).unwrap();
        prop_assert_eq!(changed, plan.clone());
        // The inverse does the same, when nothing changed in between.
        apply(&mut undone, &inverse).unwrap();
        prop_assert_eq!(undone, plan);
    }

    #[test]
    fn any_operations_are_undone_by_their_inverses(
        (plan, ops) in plan().prop_flat_map(|p| { let ops = ops_for(&p); (Just(p), ops) })
    ) {
        let mut current = plan.clone();
        let mut inverses = Vec::new();
        for op in &ops {
            let before = current.clone();
            match apply(&mut current, op) {
                Ok(inverse) => inverses.push(inverse),
                Err(e) => prop_assert_eq!(&current, &before, "{:?} failed ({}) but changed the plan", op, e),
            }
        }
        for inverse in inverses.iter().rev() {
            let result = apply(&mut current, inverse);
            prop_assert!(result.is_ok(), "inverse {:?} failed: {:?}", inverse, result);
        }
        prop_assert_eq!(current, plan);
    }

}
